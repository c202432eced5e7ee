import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { UsernameForm } from "./username-form";

export const metadata: Metadata = { title: "Username" };

export default async function UsernameSettingsPage() {
  const user = await requireUser("/settings/username");
  return (
    <>
      <h2>Username</h2>
      <p>
        Your username is your public name and the address of your profile, <code>/u/{user.username}</code>. After a change, links to your
        old address lead to the new one until someone else takes your old name.
      </p>
      <UsernameForm username={user.username} />
    </>
  );
}
