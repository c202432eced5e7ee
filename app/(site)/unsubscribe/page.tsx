import type { Metadata } from "next";
import Link from "next/link";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** Where a notification mail's unsubscribe link leads a person: one button, no log-in, works without JavaScript. */
export default async function UnsubscribePage({ searchParams }: PageProps<"/unsubscribe">) {
  const { token, done } = await searchParams;
  const unsubscription = typeof token === "string" && token.length <= 500 ? await readUnsubscribeToken(token) : null;
  if (!unsubscription || typeof token !== "string") {
    return (
      <article className="narrow">
        <h1>Unsubscribe</h1>
        <p>
          This unsubscribe link is not valid. You can choose which mails you get in your{" "}
          <Link href="/settings/notifications">notification settings</Link>.
        </p>
      </article>
    );
  }
  return (
    <article className="narrow">
      <h1>Unsubscribe</h1>
      {done === "1" ? (
        <p role="status">
          Done: {unsubscription.username} gets no more mail about {unsubscription.what}. Change your mind any time in your{" "}
          <Link href="/settings/notifications">notification settings</Link>.
        </p>
      ) : (
        <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}`}>
          <p>
            Stop mail about {unsubscription.what} for <strong>{unsubscription.username}</strong>? You still see it in the site.
          </p>
          <button type="submit">Unsubscribe from {unsubscription.what}</button>
        </form>
      )}
    </article>
  );
}
