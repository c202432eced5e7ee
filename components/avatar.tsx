import { srcSet } from "@/lib/art/image-sets";
import type { AuthorSummary } from "@/lib/users/authors";

/** A stable hue per username, so a member's generated avatar looks the same everywhere. */
function hueOf(username: string): number {
  let hash = 0;
  for (const char of username) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

type AvatarProps = {
  author: Pick<AuthorSummary, "username" | "name" | "avatar">;
  /** CSS pixels; the browser picks the 64 px file up to 32 (on 2× screens) and the 256 px one above. */
  size?: number;
  /** Beside the member's name the avatar is decoration; alone, it needs words. */
  alt?: string;
};

/** The uploaded avatar (AVIF where the browser takes it, else WebP), or a generated one: the initial on a colour of its own. */
export function Avatar({ author, size = 32, alt = "" }: AvatarProps) {
  if (author.avatar) {
    // Already cropped by our own pipeline and served with a one-year cache; next/image would encode them again.
    const sizes = `${size}px`;
    return (
      <picture className="avatar-picture">
        <source type="image/avif" srcSet={srcSet(author.avatar.avif)} sizes={sizes} />
        <source type="image/webp" srcSet={srcSet(author.avatar.webp)} sizes={sizes} />
        <img className="avatar" src={author.avatar.fallback.url} alt={alt} width={size} height={size} loading="lazy" decoding="async" />
      </picture>
    );
  }
  return (
    <span
      className="avatar avatar-generated"
      role={alt ? "img" : undefined}
      aria-label={alt || undefined}
      aria-hidden={alt ? undefined : true}
      style={{ width: size, height: size, fontSize: size * 0.45, backgroundColor: `hsl(${hueOf(author.username)} 45% 38%)` }}
    >
      {author.name.charAt(0).toUpperCase()}
    </span>
  );
}
