import Link from "next/link";
import { ResendVerificationForm } from "@/components/resend-verification-form";
import type { FormState } from "@/lib/actions/form-state";
import { gateMessage, type EmailStanding, type GatedAction } from "@/lib/auth/email-gate";

type Props = {
  standing: Exclude<EmailStanding, { status: "verified" }>;
  action: GatedAction;
  resend: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** In place of a form a member may use only with a confirmed address (upload, new rooms): why, and what to do. */
export function EmailGate({ standing, action, resend }: Props) {
  return (
    <section className="notice email-gate" aria-label="Email address needed">
      <p>{gateMessage(standing, action)}</p>
      {standing.status === "unverified" ? (
        <>
          <p>
            No mail? Check your spam folder, or <Link href="/settings/email">change the address</Link>.
          </p>
          <ResendVerificationForm action={resend} />
        </>
      ) : (
        <p>
          <Link href="/settings/email">Add an email address</Link>
        </p>
      )}
    </section>
  );
}
