import type { Metadata } from "next";
import Link from "next/link";
import { LinkButtonForm } from "@/app/(auth)/email-change/link-button-form";
import { linkProblem } from "@/lib/auth/link-problem";
import { getCurrentUser } from "@/lib/auth/session";
import { confirmEmail } from "./actions";

export const metadata: Metadata = { title: "Confirm your email address" };

/** Needs no session: the link proves the mailbox, and the member may open it on another device. */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  const problem = await linkProblem(token, "VERIFY_EMAIL");
  const viewer = await getCurrentUser();
  return (
    <article className="narrow">
      <h1>Confirm your email address</h1>
      {problem === null ? (
        <>
          <p>One press confirms that the address this link was mailed to is yours.</p>
          <LinkButtonForm
            token={String(token)}
            action={confirmEmail}
            label="Confirm my address"
            after={
              <p>
                <Link href="/upload">Upload artwork</Link> · <Link href="/">Back to the gallery</Link>
              </p>
            }
          />
        </>
      ) : (
        <>
          <p role="alert">{problem}</p>
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
