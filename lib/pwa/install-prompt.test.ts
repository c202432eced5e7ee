import { describe, expect, it, vi } from "vitest";
import { createInstallPromptStore } from "./install-prompt";

function offerEvent() {
  return Object.assign(new Event("beforeinstallprompt", { cancelable: true }), {
    prompt: vi.fn(async () => {}),
    userChoice: Promise.resolve({ outcome: "accepted" as const }),
  });
}

describe("the install offer", () => {
  it("has nothing to offer until the browser offers installation", () => {
    const store = createInstallPromptStore(new EventTarget(), () => false);
    expect(store.getSnapshot()).toBeNull();
  });

  it("keeps the browser's offer (instead of its own infobar) and shows its dialog on request, once", async () => {
    const window = new EventTarget();
    const store = createInstallPromptStore(window, () => false);
    const changed = vi.fn();
    store.subscribe(changed);
    const event = offerEvent();
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(store.getSnapshot()).toBe(event);
    await store.install();
    expect(event.prompt).toHaveBeenCalledOnce();
    expect(store.getSnapshot()).toBeNull();
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it("withdraws the offer once the app is installed", () => {
    const window = new EventTarget();
    const store = createInstallPromptStore(window, () => false);
    window.dispatchEvent(offerEvent());
    window.dispatchEvent(new Event("appinstalled"));
    expect(store.getSnapshot()).toBeNull();
  });

  it("offers nothing when already running as the installed app", () => {
    const window = new EventTarget();
    const store = createInstallPromptStore(window, () => true);
    window.dispatchEvent(offerEvent());
    expect(store.getSnapshot()).toBeNull();
  });
});
