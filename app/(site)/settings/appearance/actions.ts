"use server";

import { revalidatePath } from "next/cache";
import { validatedAction } from "@/lib/actions/validated-action";
import { saveThemeChoice } from "@/lib/appearance/theme";
import { getCurrentUser } from "@/lib/auth/session";
import { themeSchema } from "@/lib/appearance/schemas";
import { THEME_LABELS } from "@/lib/validation/form-rules";

/** Open to visitors too: they keep the choice in a cookie; a member's account only ever changes for its own session. */
export const chooseTheme = validatedAction(themeSchema, async ({ theme }) => {
  const user = await getCurrentUser();
  await saveThemeChoice(theme, user?.id);
  // Every page renders the theme on <html>, so every cached page is stale.
  revalidatePath("/", "layout");
  return { status: "success", message: `Theme set to ${THEME_LABELS[theme].toLowerCase()}.` };
});
