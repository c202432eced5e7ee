import Link from "next/link";

/** Why a list may look short to this member: their muted tags hide some of it. Nothing when nothing is hidden. */
export function MutedTagsNote({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  const names = tags.map((name) => `#${name}`).join(", ");
  return (
    <p role="note" className="notice muted-tags-note">
      Some artwork is hidden because you muted {names}. <Link href="/settings/muted-tags">Manage muted tags</Link>
    </p>
  );
}
