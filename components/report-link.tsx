import Link from "next/link";
import { reportHref, type ReportTargetType } from "@/lib/moderation/reports/targets";

type ReportLinkProps = {
  type: ReportTargetType;
  id: string | number;
  /** Says what is reported to screen readers ("comment by Ada"): a list shows many of these links. */
  what: string;
};

/**
 * The small "Report" link beside content, leading to its report page (a
 * visitor is sent to log in from there). Callers leave it off the viewer's
 * own content. No server imports: the chat's client components use it too.
 */
export function ReportLink({ type, id, what }: ReportLinkProps) {
  return (
    <Link href={reportHref(type, id)} className="report-link" rel="nofollow">
      Report<span className="visually-hidden"> {what}</span>
    </Link>
  );
}
