"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The section links of /settings; the current one is marked for screen readers and styled by it. */
export function SettingsNav({ sections }: { sections: readonly { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="settings-nav">
      <ul>
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={pathname === section.href ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
