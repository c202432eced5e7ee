import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { DeleteAccountForm } from "./delete-account-form";

export const metadata: Metadata = { title: "Delete account" };

export default async function DeleteAccountPage() {
  const user = await requireUser("/settings/account");
  return (
    <>
      <h2>Delete account</h2>
      <div className="delete-account-warning" role="note">
        <p>
          <strong>Deleting your account is permanent.</strong> Nothing can be brought back afterwards. These go at once:
        </p>
        <ul>
          <li>your profile, avatar and bio;</li>
          <li>all your artwork, its image files and the comments on it;</li>
          <li>every comment and rating you gave, and your chat messages.</li>
        </ul>
        <p>
          Your username, <strong>{user.username}</strong>, becomes free for anyone to take.
        </p>
      </div>
      <DeleteAccountForm />
    </>
  );
}
