/** Chromium's install offer (not in TypeScript's DOM types). */
export type InstallPromptEvent = Event & {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: "accepted" | "dismissed" }>;
};

export type InstallPromptStore = {
  subscribe(onChange: () => void): () => void;
  /** The offer to show, or null: none made, already used, or the app is installed. */
  getSnapshot(): InstallPromptEvent | null;
  /** Shows the browser's install dialog; the offer is spent whatever the answer. */
  install(): Promise<void>;
};

/**
 * Keeps the browser's `beforeinstallprompt` offer for a button to use later.
 * Listens from the moment it is created, because the browser may make the
 * offer before React has mounted any button.
 */
export function createInstallPromptStore(target: EventTarget, isStandalone: () => boolean): InstallPromptStore {
  let offer: InstallPromptEvent | null = null;
  const listeners = new Set<() => void>();
  const set = (next: InstallPromptEvent | null) => {
    offer = next;
    for (const listener of listeners) listener();
  };
  target.addEventListener("beforeinstallprompt", (event) => {
    // Without this Chromium shows its own mini-infobar; the button offers it instead.
    event.preventDefault();
    if (!isStandalone()) set(event as InstallPromptEvent);
  });
  target.addEventListener("appinstalled", () => set(null));
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => offer,
    async install() {
      const current = offer;
      if (!current) return;
      set(null);
      await current.prompt();
    },
  };
}
