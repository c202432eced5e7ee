import { z } from "zod";

/** Member ids are cuids; anything else names nobody and is refused before a query. */
export const memberIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "Unknown member");

export const blockSchema = z.object({ memberId: memberIdSchema });
