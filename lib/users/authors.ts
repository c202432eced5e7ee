import type { ImageSet } from "@/lib/art/image-sets";
import { avatarImageSet } from "@/lib/users/avatar";

/** How a member appears next to their work and words; `avatar` is null while they have not uploaded one. */
export type AuthorSummary = { username: string; name: string; avatar: ImageSet | null; href: string };

export const authorSelect = { username: true, displayName: true, avatarKey: true } as const;

export function toAuthorSummary(user: { username: string; displayName: string | null; avatarKey: string | null }): AuthorSummary {
  return {
    username: user.username,
    name: user.displayName || user.username,
    avatar: user.avatarKey ? avatarImageSet(user.avatarKey) : null,
    href: `/u/${encodeURIComponent(user.username)}`,
  };
}
