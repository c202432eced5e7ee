import type { Metadata } from "next";
import Link from "next/link";
import { linkProblem } from "@/lib/auth/link-problem";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: PageProps<"/reset-password">) {
  const { token } = await searchParams;
  const problem = await linkProblem(token, "RESET_PASSWORD");
  return (
    <article className="narrow">
      <h1>Choose a new password</h1>
      {problem ? (
        <>
          <p role="alert">{problem}</p>
          <p>
            <Link href="/forgot-password">Ask for a new link</Link>
          </p>
        </>
      ) : (
        <>
          <p>Setting a new password signs you out on every device; then log in with it.</p>
          <ResetPasswordForm token={String(token)} />
        </>
      )}
    </article>
  );
}
