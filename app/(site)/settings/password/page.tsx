import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Password" };

export default async function PasswordSettingsPage() {
  await requireUser("/settings/password");
  return (
    <>
      <h2>Password</h2>
      <p>Changing your password signs you out everywhere else: on other devices and browsers you will need the new one.</p>
      <PasswordForm />
    </>
  );
}
