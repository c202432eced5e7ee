import "server-only";
import { encodeVariant } from "@/lib/images/encode";
import { inspectImage } from "@/lib/images/inspect";
import { REJECTION } from "@/lib/images/messages";
import { allWithLimit } from "@/lib/images/parallel";
import { coloursOrNull, ENCODES_IN_PARALLEL } from "@/lib/images/pipeline";
import { runInImageQueue } from "@/lib/images/queue";
import { done, refused, type Result } from "@/lib/result";

/** Square sides: 64 serves avatars up to 32 CSS px on 2× screens, 256 the large one on a profile (96 px) at up to 2.6×. */
export const AVATAR_SIDES = [64, 256] as const;
export const AVATAR_FORMATS = ["avif", "webp"] as const;

export type AvatarSide = (typeof AVATAR_SIDES)[number];
export type AvatarFormat = (typeof AVATAR_FORMATS)[number];
export type AvatarFile = { side: AvatarSide; format: AvatarFormat; data: Buffer };

export type PrepareAvatarResult = Result<AvatarFile[]>;

/**
 * Checks an avatar upload exactly as an artwork upload is checked, then
 * cuts the square crops. Every side is always made, even from a 64 px
 * source, so an avatar's file names follow from its folder alone. Like
 * prepareImage, it throws only when the server itself fails.
 */
export async function prepareAvatar(input: Buffer): Promise<PrepareAvatarResult> {
  const inspected = await inspectImage(input);
  if (!inspected.ok) return inspected;

  return runInImageQueue(async (): Promise<PrepareAvatarResult> => {
    // The colours go unused: reading them is the check that every pixel decodes.
    if (!(await coloursOrNull(input))) return refused(REJECTION.damaged);
    const plan = AVATAR_SIDES.toReversed().flatMap((side) => AVATAR_FORMATS.map((format) => ({ side, format })));
    // A thumbnail spec is the square crop we want: "cover" around the most
    // salient part (a face, usually), with the thumbnails' encoder settings.
    // At 256 px even AVIF takes milliseconds, so nothing is deferred.
    const encoded = await allWithLimit(
      plan.map(
        ({ side, format }) =>
          () =>
            encodeVariant(input, { kind: "THUMB", width: side, height: side }, format),
      ),
      ENCODES_IN_PARALLEL,
    );
    return done(plan.map((file, index) => ({ ...file, data: encoded[index].data })));
  });
}
