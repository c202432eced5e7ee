import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { emailSettingsOf } from "@/lib/users/email-change";
import { EmailForm } from "./email-form";

export const metadata: Metadata = { title: "Email" };

export default async function EmailSettingsPage() {
  const user = await requireUser("/settings/email");
  const { email, emailVerifiedAt } = await emailSettingsOf(user.id);
  return (
    <>
      <h2>Email</h2>
      {email ? (
        <p>
          Your address is <strong>{email}</strong> ({emailVerifiedAt ? "confirmed" : "not confirmed yet"}).
        </p>
      ) : (
        <p>Your account has no email address: without one, a forgotten password cannot be reset.</p>
      )}
      <p>
        {email ? "A new address" : "An address"} is used only once you follow the link we mail to it
        {email ? "; your current address is told of the change and can undo it for 7 days." : "."}
      </p>
      <EmailForm hasAddress={email !== null} />
    </>
  );
}
