"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Section = { href: string; label: string };

/**
 * The section links of /settings and /admin; the current one is marked for
 * screen readers and styled by it (a section's sub-pages count as it).
 */
export function SectionNav({ label, sections }: { label: string; sections: readonly Section[] }) {
  const pathname = usePathname();
  const current = currentSection(sections, pathname);
  return (
    <nav aria-label={label} className="section-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section === current ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The longest section link the path is or is under: /admin/members/x belongs to /admin/members, not /admin. */
function currentSection(sections: readonly Section[], pathname: string): Section | undefined {
  return sections
    .filter((section) => pathname === section.href || pathname.startsWith(`${section.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
