import type { Metadata } from "next";
import Link from "next/link";
import { checkVerificationLink } from "@/lib/auth/email-verification";
import { getCurrentUser } from "@/lib/auth/session";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Confirm your email address" };

/**
 * Opening the link changes nothing: mail scanners fetch links before the
 * reader does, so the confirmation is the button's POST.
 */
export default async function VerifyEmailPage({ searchParams }: PageProps<"/verify-email">) {
  const { token } = await searchParams;
  const link = typeof token === "string" ? await checkVerificationLink(token) : null;
  const viewer = await getCurrentUser();
  return (
    <article className="narrow">
      <h1>Confirm your email address</h1>
      {link?.ok ? (
        <VerifyEmailForm token={token as string} />
      ) : (
        <>
          <p role="alert">{link?.message ?? "This link is incomplete. Open the whole link from the mail."}</p>
          <p>
            {viewer ? (
              <>
                <Link href="/upload">Ask for a new link</Link> from the upload page.
              </>
            ) : (
              <>
                <Link href="/login">Log in</Link> to ask for a new link.
              </>
            )}
          </p>
        </>
      )}
    </article>
  );
}
