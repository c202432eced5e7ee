import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Password" };

export default async function PasswordSettingsPage({ searchParams }: PageProps<"/settings/password">) {
  await requireUser("/settings/password");
  // Where a successful change lands (see actions.ts).
  const changed = (await searchParams).changed === "1";
  return (
    <>
      <h2>Password</h2>
      {changed && (
        <p role="status" className="notice">
          Your password has been changed, and every other device has been signed out.
        </p>
      )}
      <p>Changing your password signs you out everywhere else: on other devices and browsers you will need the new one.</p>
      <PasswordForm />
    </>
  );
}
