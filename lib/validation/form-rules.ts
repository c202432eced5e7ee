/**
 * The limits and choices that forms show as hints and the browser enforces
 * too, beside the zod schemas that enforce them on the server. Plain values
 * only: a client component importing a schema module would ship zod to every
 * page it appears on.
 */
import { ReportCategory } from "@/lib/generated/prisma/enums";
import { AVATAR_MAX_BYTES } from "@/lib/images/limits";

export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
/** Also an HTML `pattern` (the v flag there requires "-" escaped inside a class). */
export const USERNAME_PATTERN = "[A-Za-z0-9_\\-]+";

export const DISPLAY_NAME_MAX = 50;
export const BIO_MAX = 500;
export const AVATAR_TOO_LARGE = `This file is larger than ${AVATAR_MAX_BYTES / 1024 / 1024} MB; choose a smaller image.`;

export const TITLE_MAX = 100;
/** The longest search (lib/search/schemas.ts): longer than any title. */
export const SEARCH_TEXT_MAX = 100;
export const DESCRIPTION_MAX = 2_000;
export const COMMENT_MAX = 2_000;

export const ROOM_NAME_MIN = 3;
export const ROOM_NAME_MAX = 50;
export const ROOM_DESCRIPTION_MAX = 200;
export const MESSAGE_MAX = 2_000;

/** Reasons are shown to the member concerned (a ban, a hidden artwork) and kept in the audit log. */
export const REASON_MAX = 500;

export const REPORT_NOTE_MAX = 1_000;
/** In the schema's order, which is the order the report form offers them. */
export const REPORT_CATEGORIES = Object.values(ReportCategory);
export const CATEGORY_LABELS: Record<ReportCategory, string> = {
  SPAM: "Spam",
  HARASSMENT: "Harassment",
  STOLEN_ART: "Stolen art / copyright",
  EXPLICIT_WITHOUT_CONSENT: "Explicit without consent",
  OTHER: "Other",
};

export const THEMES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const THEME_LABELS: Record<ThemeChoice, string> = { system: "Follow the system", light: "Light", dark: "Dark" };

/** A collection's title and description (lib/collections/schemas.ts). */
export const COLLECTION_TITLE_MAX = 80;
export const COLLECTION_DESCRIPTION_MAX = 1000;
