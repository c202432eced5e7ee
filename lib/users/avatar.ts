import "server-only";
import { lockRow } from "@/lib/database/row-lock";
import { mediaUrl, newMediaKey } from "@/lib/art/media-keys";
import type { ImageSet, ImageSource } from "@/lib/art/image-sets";
import { removeFiles, storeFiles } from "@/lib/art/publish";
import { db } from "@/lib/db";
import { AVATAR_FORMATS, AVATAR_SIDES, prepareAvatar, type AvatarFormat, type AvatarSide } from "@/lib/images/avatar";
import { done, refused, type Result } from "@/lib/result";

/**
 * An avatar's files are avatars/<avatarKey>/<side>.<format>, e.g.
 * avatars/3f2a…9c/64.avif: User.avatarKey holds only the random folder, and
 * the four names follow from it. Media is cached for a year under its key,
 * so every upload gets a new folder rather than overwriting the old one.
 */
export function avatarFileKey(avatarKey: string, side: AvatarSide, format: AvatarFormat): string {
  return `avatars/${avatarKey}/${side}.${format}`;
}

export function avatarFileKeys(avatarKey: string): string[] {
  return AVATAR_SIDES.flatMap((side) => AVATAR_FORMATS.map((format) => avatarFileKey(avatarKey, side, format)));
}

export function avatarImageSet(avatarKey: string): ImageSet {
  const sources = (format: AvatarFormat): ImageSource[] =>
    AVATAR_SIDES.map((side) => ({ url: mediaUrl(avatarFileKey(avatarKey, side, format)), width: side, height: side }));
  const webp = sources("webp");
  return { avif: sources("avif"), webp, fallback: webp[0] };
}

/**
 * Replaces the member's avatar: the new files are written first, then the
 * row points at them, then the old files go. A refused file changes nothing;
 * a failed database write takes the new files with it.
 */
export async function setAvatar(userId: string, upload: Buffer): Promise<Result> {
  const prepared = await prepareAvatar(upload);
  if (!prepared.ok) return refused(prepared.message, "avatar");

  const avatarKey = newMediaKey();
  const files = prepared.value.map((file) => ({ key: avatarFileKey(avatarKey, file.side, file.format), data: file.data }));
  await storeFiles(files);
  let previous: string | null;
  try {
    previous = await swapAvatarKey(userId, avatarKey);
  } catch (error) {
    await removeFiles(files.map((file) => file.key));
    throw error;
  }
  if (previous) await removeFiles(avatarFileKeys(previous));
  return done();
}

/** Back to the generated avatar: the row forgets the folder, then its files go. */
export async function removeAvatar(userId: string): Promise<void> {
  const previous = await swapAvatarKey(userId, null);
  if (previous) await removeFiles(avatarFileKeys(previous));
}

/**
 * Read and write in one transaction, so two uploads at once each remove
 * exactly the avatar they replaced and no folder is left unreferenced.
 */
function swapAvatarKey(userId: string, avatarKey: string | null): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await lockRow(tx, "User", userId);
    const { avatarKey: previous } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarKey: true } });
    await tx.user.update({ where: { id: userId }, data: { avatarKey } });
    return previous;
  });
}
