import "server-only";
import { z } from "zod";
import { jobKind } from "@/lib/jobs/kinds";

/**
 * The slower formats (AVIF) of a new artwork's scaled variants, encoded
 * after the response from its stored FULL image (lib/art/later-variants.ts).
 */
export const laterVariantsJob = jobKind("art.later-variants", z.object({ artworkId: z.string().min(1) }));

/**
 * Draws the placeholders of artwork from before they were made at upload
 * (lib/art/placeholder-backfill.ts), a batch of ids after `after` at a
 * time; the server enqueues the first batch when it starts and finds some.
 */
export const placeholderBackfillJob = jobKind("art.placeholder-backfill", z.object({ after: z.string().optional() }));
