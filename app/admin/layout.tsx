import "./admin.css";
import type { Metadata } from "next";
import { SectionLayout } from "@/components/section-nav";
import { requireAdmin } from "@/lib/moderation/guard";
import { ADMIN_SECTIONS } from "./sections";

export const metadata: Metadata = {
  title: { default: "Moderation", template: "%s · Moderation · Artist Collective" },
  robots: { index: false, follow: false },
};

/**
 * Only admins see /admin; anyone else gets the 404 page. Layouts do not run
 * for server actions, and pages render on their own, so every page, data
 * function and action checks again (lib/moderation/guard.ts, adminAction).
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdmin();
  return (
    <SectionLayout area="admin" title="Moderation" sections={ADMIN_SECTIONS}>
      {children}
    </SectionLayout>
  );
}
