import Link from "next/link";

const TABS = [
  { key: "artwork", label: "Artwork", path: "" },
  { key: "favourites", label: "Favourites", path: "/favourites" },
  { key: "collections", label: "Collections", path: "/collections" },
] as const;

export type ProfileTab = (typeof TABS)[number]["key"];

/** The parts of a member's profile, each its own address so it works without JavaScript and can be linked to. */
export function ProfileTabs({ href, current }: { href: string; current: ProfileTab }) {
  return (
    <nav aria-label="Profile" className="profile-tabs">
      <ul>
        {TABS.map((tab) => (
          <li key={tab.key}>
            <Link href={`${href}${tab.path}`} aria-current={tab.key === current ? "page" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
