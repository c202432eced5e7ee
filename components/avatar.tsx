import type { AuthorSummary } from "@/lib/users/authors";

/** A stable hue per username, so a member's generated avatar looks the same everywhere. */
function hueOf(username: string): number {
  let hash = 0;
  for (const char of username) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** The uploaded avatar, or a generated one: the initial on a colour of its own. */
export function Avatar({ author, size = 32 }: { author: Pick<AuthorSummary, "username" | "name" | "avatarUrl">; size?: number }) {
  if (author.avatarUrl) {
    // Avatars are already resized by our own pipeline and served with a
    // one-year cache; next/image would only encode them a second time.
    // eslint-disable-next-line @next/next/no-img-element
    return <img className="avatar" src={author.avatarUrl} alt="" width={size} height={size} loading="lazy" />;
  }
  return (
    <span
      className="avatar avatar-generated"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size * 0.45, backgroundColor: `hsl(${hueOf(author.username)} 45% 38%)` }}
    >
      {author.name.charAt(0).toUpperCase()}
    </span>
  );
}
