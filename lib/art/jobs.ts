import "server-only";
import { z } from "zod";
import { jobKind } from "@/lib/jobs/kinds";

/**
 * The slower formats (AVIF) of a new artwork's scaled variants, encoded
 * after the response from its stored FULL image (lib/art/later-variants.ts).
 */
export const laterVariantsJob = jobKind("art.later-variants", z.object({ artworkId: z.string().min(1) }));
