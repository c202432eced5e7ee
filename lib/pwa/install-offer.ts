import { createInstallPromptStore, type InstallPromptStore } from "@/lib/pwa/install-prompt";

const inactive: InstallPromptStore = { subscribe: () => () => {}, getSnapshot: () => null, install: async () => {} };

/**
 * The page's one install offer store, listening from when this module loads
 * (with the client bundle, before hydration). On the server: never an offer.
 */
export const installPrompt: InstallPromptStore =
  typeof window === "undefined"
    ? inactive
    : createInstallPromptStore(window, () => window.matchMedia("(display-mode: standalone)").matches);
