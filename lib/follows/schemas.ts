import { z } from "zod";
import { memberIdSchema } from "@/lib/blocks/schemas";

export const followSchema = z.object({ memberId: memberIdSchema });
export const removeFollowerSchema = z.object({ followerId: memberIdSchema });

/**
 * The feed's ?before= cursor: the last card's createdAt (ms) and id. Anything
 * odd in the address means the newest page, never an error.
 */
export const feedCursorSchema = z
  .string()
  .regex(/^\d{1,15}_[a-z0-9]{10,40}$/)
  .transform((value) => {
    const [ms, id] = value.split("_");
    return { createdAt: new Date(Number(ms)), id };
  })
  .optional()
  .catch(undefined);

export type FeedCursor = { createdAt: Date; id: string };

export const feedCursorParam = (cursor: FeedCursor) => `${cursor.createdAt.getTime()}_${cursor.id}`;
