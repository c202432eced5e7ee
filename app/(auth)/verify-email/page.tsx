import type { Metadata } from "next";
import Link from "next/link";
import { LinkButtonForm } from "@/app/(auth)/email-change/link-button-form";
import { verificationLinkState } from "@/lib/auth/email-verification";
import { getCurrentUser } from "@/lib/auth/session";
import { confirmEmail } from "./actions";

export const metadata: Metadata = { title: "Confirm your email address" };

const nextSteps = (
  <p>
    <Link href="/upload">Upload artwork</Link> · <Link href="/">Back to the gallery</Link>
  </p>
);

/** Needs no session: the link proves the mailbox, and the member may open it on another device. */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  const link = await verificationLinkState(token);
  const viewer = await getCurrentUser();
  return (
    <article className="narrow">
      <h1>Confirm your email address</h1>
      {link.ok && link.value === "confirmed" ? (
        <>
          <p role="status">{link.message}</p>
          {nextSteps}
        </>
      ) : link.ok ? (
        <>
          <p>One press confirms that the address this link was mailed to is yours.</p>
          <LinkButtonForm token={String(token)} action={confirmEmail} label="Confirm my address" after={nextSteps} />
        </>
      ) : (
        <>
          <p role="alert">{link.message}</p>
          <p>
            {viewer ? (
              <Link href="/upload">Ask for a new link</Link>
            ) : (
              <Link href="/login?callbackUrl=%2Fupload">Log in to ask for a new link</Link>
            )}
          </p>
        </>
      )}
    </article>
  );
}
