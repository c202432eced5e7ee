import { describe, expect, it, vi } from "vitest";
import { applyUpdate, watchForUpdate } from "./updates";

class FakeWorker extends EventTarget {
  state = "installing";
  postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event("statechange"));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  /** A new worker arrives and installs, as the browser does after finding a changed /sw.js. */
  installNew() {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event("updatefound"));
    this.installing = null;
    this.waiting = worker;
    worker.become("installed");
    return worker;
  }
}

describe("the update prompt", () => {
  it("announces a new worker that installed while an older one controls the page", () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForUpdate(registration, () => true, onWaiting);
    expect(onWaiting).not.toHaveBeenCalled();
    const worker = registration.installNew();
    expect(onWaiting).toHaveBeenCalledWith(worker);
  });

  it("announces one that was already waiting when the page opened", () => {
    const registration = new FakeRegistration();
    registration.waiting = new FakeWorker();
    const onWaiting = vi.fn();
    watchForUpdate(registration, () => true, onWaiting);
    expect(onWaiting).toHaveBeenCalledWith(registration.waiting);
  });

  it("stays quiet on the very first install (nothing older to replace)", () => {
    const registration = new FakeRegistration();
    const onWaiting = vi.fn();
    watchForUpdate(registration, () => false, onWaiting);
    registration.installNew();
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it("tells the waiting worker to take over and reloads once when it has", () => {
    const worker = new FakeWorker();
    const container = new EventTarget();
    const reload = vi.fn();
    applyUpdate(worker, container, reload);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: "SKIP_WAITING" });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event("controllerchange"));
    container.dispatchEvent(new Event("controllerchange"));
    expect(reload).toHaveBeenCalledOnce();
  });
});
