/** The parts of the service worker API the update prompt uses, so tests can stand in for them. */
type WorkerLike = EventTarget & { state: string; postMessage(message: unknown): void };
type RegistrationLike = EventTarget & { waiting: WorkerLike | null; installing: WorkerLike | null };

/**
 * Calls `onWaiting` with a new worker once it is installed and waiting to take
 * over from the one controlling the page. With no controller this is the
 * first install: it takes over by itself, nothing to announce.
 */
export function watchForUpdate(
  registration: RegistrationLike,
  hasController: () => boolean,
  onWaiting: (worker: WorkerLike) => void,
): () => void {
  const announce = () => {
    if (registration.waiting && hasController()) onWaiting(registration.waiting);
  };
  const onUpdateFound = () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") announce();
    });
  };
  announce();
  registration.addEventListener("updatefound", onUpdateFound);
  return () => registration.removeEventListener("updatefound", onUpdateFound);
}

/** Lets the waiting worker take over, then reloads the page once it has (once, however often it fires). */
export function applyUpdate(worker: WorkerLike, container: EventTarget, reload: () => void): void {
  let reloaded = false;
  container.addEventListener("controllerchange", () => {
    if (reloaded) return;
    reloaded = true;
    reload();
  });
  worker.postMessage({ type: "SKIP_WAITING" });
}
