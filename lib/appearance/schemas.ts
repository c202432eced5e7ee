import { z } from "zod";
import { THEMES, type ThemeChoice } from "@/lib/validation/form-rules";

export const themeSchema = z.object({
  theme: z.enum(THEMES, { error: "Choose light, dark or follow the system" }),
});

/** A cookie or stored value read back: anything unknown means "follow the system". */
export function parseTheme(value: unknown): ThemeChoice {
  const parsed = themeSchema.shape.theme.safeParse(typeof value === "string" ? value.toLowerCase() : value);
  return parsed.success ? parsed.data : "system";
}
