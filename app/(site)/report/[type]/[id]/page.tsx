import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { ownTargetMessage, previewTarget } from "@/lib/moderation/reports/filing";
import { reportHref, TARGET_NOUNS, TARGET_SLUGS } from "@/lib/moderation/reports/targets";
import { parseReportTarget } from "@/lib/moderation/reports/schemas";
import { ReportForm } from "./report-form";

export const metadata: Metadata = { title: "Report", robots: { index: false, follow: false } };

export default async function ReportPage({ params }: PageProps<"/report/[type]/[id]">) {
  const { type, id } = await params;
  const target = parseReportTarget(type, id);
  if (!target) notFound();
  const user = await requireUser(reportHref(target.type, target.id));
  const preview = await previewTarget(target, user.id);
  if (!preview) notFound();
  const own = preview.ownerId === user.id;
  return (
    <article className="report-page">
      <h1>Report {TARGET_NOUNS[target.type].toLowerCase()}</h1>
      <figure className="report-target">
        <figcaption>{TARGET_NOUNS[target.type]}</figcaption>
        <blockquote>
          <Link href={preview.href}>{preview.excerpt}</Link>
        </blockquote>
      </figure>
      {own ? (
        <p>{ownTargetMessage(target.type)}</p>
      ) : (
        <>
          <p>Moderators will look at it and decide what to do. You can follow the outcome in your settings, under “My reports”.</p>
          <ReportForm targetType={TARGET_SLUGS[target.type]} targetId={target.id} backHref={preview.href} />
        </>
      )}
    </article>
  );
}
