import type { Metadata } from "next";
import Link from "next/link";
import { ModerationForm } from "@/components/admin/moderation-form";
import { LabelledSelect } from "@/components/labelled-select";
import { Pagination } from "@/components/pagination";
import { RelativeTime } from "@/components/relative-time";
import { requireAdmin } from "@/lib/moderation/guard";
import { listMail, type MailLogRow } from "@/lib/moderation/mail/queries";
import { mailListQuery, type MailListQuery } from "@/lib/moderation/mail/schemas";
import { SEARCH_MAX } from "@/lib/paging/list-query";
import { resendMailAction } from "./actions";

export const metadata: Metadata = { title: "Mail" };

const MAIL_PATH = "/admin/mail";
const STATUS_LABELS = { queued: "Queued", sent: "Sent", failed: "Failed" } as const;
const STATUS_OF = { QUEUED: "queued", SENT: "sent", FAILED: "failed" } as const;

const plural = (count: number, noun: string) => `${count.toLocaleString("en")} ${noun}${count === 1 ? "" : "s"}`;

export default async function AdminMailPage({ searchParams }: PageProps<"/admin/mail">) {
  await requireAdmin();
  const { page, ...filter } = mailListQuery.parse(await searchParams);
  const log = await listMail({ ...filter, page });
  const now = new Date();
  return (
    <>
      <h2>Mail</h2>
      <p>
        Every mail the site has written, newest first. Links in the text are hidden: they may still work. Sent mail is kept 30 days, failed
        mail 90.
      </p>
      <MailFilterForm filter={filter} />
      <p className="content-count">{plural(log.total, "mail")}</p>
      {log.items.length === 0 ? (
        <p className="empty-state">No mail matches.</p>
      ) : (
        <ol className="content-list">
          {log.items.map((mail) => (
            <MailItem key={mail.id} mail={mail} now={now} />
          ))}
        </ol>
      )}
      <Pagination list={log} basePath={MAIL_PATH} query={mailListQuery.params(filter)} />
    </>
  );
}

function MailFilterForm({ filter }: { filter: Omit<MailListQuery, "page"> }) {
  return (
    <form method="get" action={MAIL_PATH} className="admin-filters">
      <LabelledSelect
        id="mail-status"
        label="Status"
        name="status"
        defaultValue={filter.status}
        options={{ any: "Any status", ...STATUS_LABELS }}
      />
      <label htmlFor="mail-to">
        Recipient
        <input id="mail-to" type="search" name="to" defaultValue={filter.to} maxLength={SEARCH_MAX} placeholder="Part of the address" />
      </label>
      <button type="submit">Filter log</button>
      {(filter.status !== "any" || filter.to || filter.id) && <Link href={MAIL_PATH}>Clear filters</Link>}
    </form>
  );
}

function MailItem({ mail, now }: { mail: MailLogRow; now: Date }) {
  const status = STATUS_OF[mail.status];
  return (
    <li className="content-item mail-item" data-mail-id={mail.id}>
      <h3 className="content-title">
        {mail.subject}
        <span className={`mail-status mail-status-${status}`}>{STATUS_LABELS[status]}</span>
      </h3>
      <p className="content-meta">
        {mail.kind} to <span className="mail-to">{mail.to}</span> · written <RelativeTime date={mail.createdAt} now={now} />
      </p>
      <p className="content-meta">
        {plural(mail.attempts, "attempt")}
        {mail.lastAttemptAt && (
          <>
            {" "}
            · last try <RelativeTime date={mail.lastAttemptAt} now={now} />
          </>
        )}
        {mail.sentAt && (
          <>
            {" "}
            · sent <RelativeTime date={mail.sentAt} now={now} />
          </>
        )}
        {mail.resends > 0 && <> · sent again {plural(mail.resends, "time")}</>}
      </p>
      {mail.lastError && <p className="mail-error">Last error: {mail.lastError}</p>}
      <details className="mail-text">
        <summary>Text</summary>
        <pre>{mail.text}</pre>
      </details>
      {mail.status !== "QUEUED" && (
        <ModerationForm
          action={resendMailAction}
          fields={{ mailId: mail.id, resend: String(mail.resends + 1) }}
          label="Send again"
          idPrefix={`resend-${mail.id}`}
          // A sent mail arrived: sending it again is rarer, and folded behind a second step.
          summary={mail.status === "SENT" ? "Send again…" : undefined}
        />
      )}
    </li>
  );
}
