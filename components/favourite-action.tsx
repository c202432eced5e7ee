"use client";

import { createContext, useContext } from "react";
import type { FormState } from "@/lib/actions/form-state";

export type FavouriteAction = (state: FormState, formData: FormData) => Promise<FormState>;

const FavouriteActionContext = createContext<FavouriteAction | null>(null);

/**
 * The root layout hands the favourite action down once: hearts sit in
 * every grid, which pages render without knowing about favourites, and
 * components may not import actions from app/ (docs/architecture.md).
 */
export function FavouriteActionProvider({ action, children }: { action: FavouriteAction; children: React.ReactNode }) {
  return <FavouriteActionContext value={action}>{children}</FavouriteActionContext>;
}

export function useFavouriteAction(): FavouriteAction | null {
  return useContext(FavouriteActionContext);
}
