import type { Metadata } from "next";
import { cookies } from "next/headers";
import { sendVerificationAgain } from "@/app/(auth)/verify-email/actions";
import { EmailGate } from "@/components/email-gate";
import { emailStanding } from "@/lib/auth/email-gate";
import { requireUser } from "@/lib/auth/session";
import { parseUploadRefusal, UPLOAD_FLASH_COOKIE } from "@/lib/art/upload-form";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Upload artwork" };

export default async function UploadPage() {
  const user = await requireUser("/upload");
  const standing = await emailStanding(user.id);
  if (standing.status !== "verified") {
    return (
      <article className="upload-page">
        <h1>Upload artwork</h1>
        <EmailGate standing={standing} action="upload artwork" resend={sendVerificationAgain} />
      </article>
    );
  }
  // Set by the upload endpoint when the form was posted without JavaScript.
  const refusal = parseUploadRefusal((await cookies()).get(UPLOAD_FLASH_COOKIE)?.value);
  return (
    <article className="upload-page">
      <h1>Upload artwork</h1>
      <UploadForm initialRefusal={refusal} />
    </article>
  );
}
