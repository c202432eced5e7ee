import Link from "next/link";

/** Site-wide, above every page, for members without an address: a plain form dismisses it, so it works without JavaScript. */
export function EmailNotice({ dismiss }: { dismiss: () => Promise<void> }) {
  return (
    <aside className="notice email-notice" aria-label="Add an email address">
      <p>
        Your account has no email address: without one, a forgotten password cannot be reset.{" "}
        <Link href="/settings/email">Add an email address</Link>
      </p>
      <form action={dismiss}>
        <button type="submit" className="secondary outline">
          Dismiss
        </button>
      </form>
    </aside>
  );
}
