/** The address of a tag's page; names are normalised already, and any script is escaped for the URL. */
export const tagHref = (name: string): string => `/tags/${encodeURIComponent(name)}`;

type TagLinksProps = { tags: readonly string[]; label: string; className?: string };

/** Tags as links to their pages, in a labelled list (the artwork's tags, the gallery's popular ones); plain anchors, as in artwork-card.tsx. */
export function TagLinks({ tags, label, className }: TagLinksProps) {
  if (tags.length === 0) return null;
  return (
    <nav aria-label={label} className={className ? `tag-links ${className}` : "tag-links"}>
      <ul>
        {tags.map((name) => (
          <li key={name}>
            <a href={tagHref(name)}>#{name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
