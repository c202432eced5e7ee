"use client";

import { useSyncExternalStore } from "react";
import { installPrompt } from "@/lib/pwa/install-offer";

const noOffer = () => null;

/** "Install app", only while the browser offers installation (never once installed, never on the server). */
export function InstallButton() {
  const offer = useSyncExternalStore(installPrompt.subscribe, installPrompt.getSnapshot, noOffer);
  if (!offer) return null;
  return (
    <li>
      <button type="button" className="install-button secondary outline" onClick={() => void installPrompt.install()}>
        Install app
      </button>
    </li>
  );
}
