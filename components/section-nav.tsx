"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Section = { href: string; label: string };

/**
 * The frame of /settings and /admin: the area's heading, its section links
 * and the current section's page. The section's class names the area
 * (`settings-section`, `admin-section`) so each can be styled on its own.
 */
export function SectionLayout(props: { area: string; title: string; sections: readonly Section[]; children: React.ReactNode }) {
  return (
    <div className={props.area}>
      <h1>{props.title}</h1>
      <div className="section-body">
        <SectionNav label={props.title} sections={props.sections} />
        <section className={`${props.area}-section`}>{props.children}</section>
      </div>
    </div>
  );
}

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
