import "./settings.css";
import type { Metadata } from "next";
import { SectionLayout } from "@/components/section-nav";
import { requireUser } from "@/lib/auth/session";
import { SETTINGS_SECTIONS } from "./sections";

export const metadata: Metadata = { title: { default: "Settings", template: "%s · Settings · Artist Collective" } };

/**
 * Every settings page is for a signed-in member; each page and action checks
 * the session again itself (layouts do not run for server actions).
 */
export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  await requireUser("/settings");
  return (
    <SectionLayout area="settings" title="Settings" sections={SETTINGS_SECTIONS}>
      {children}
    </SectionLayout>
  );
}
