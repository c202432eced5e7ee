import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <article className="narrow">
      <h1>Forgot your password?</h1>
      <p>Type the email address of your account and we will mail you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </article>
  );
}
