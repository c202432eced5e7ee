import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Theme } from "@/lib/generated/prisma/client";
import { parseTheme } from "@/lib/appearance/schemas";
import { type ThemeChoice } from "@/lib/validation/form-rules";

export const THEME_COOKIE = "theme";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const STORED: Record<ThemeChoice, Theme> = { system: "SYSTEM", light: "LIGHT", dark: "DARK" };

/**
 * The theme this request renders with, decided on the server so the first
 * paint is already right: the member's saved choice (it follows them to a
 * new device), else the visitor's cookie, else the system's.
 */
export const requestTheme = cache(async (): Promise<ThemeChoice> => {
  const user = await getCurrentUser();
  if (user) return parseTheme(user.theme);
  return parseTheme((await cookies()).get(THEME_COOKIE)?.value);
});

/** Remembers the choice in the browser, and on the account when there is one (only ever the caller's own). */
export async function saveThemeChoice(theme: ThemeChoice, userId: string | undefined): Promise<void> {
  if (userId) await saveAccountTheme(userId, theme);
  (await cookies()).set(THEME_COOKIE, theme, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true });
}

export async function saveAccountTheme(userId: string, theme: ThemeChoice): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { theme: STORED[theme] }, select: { id: true } });
}
