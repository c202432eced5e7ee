import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LogoutButton } from "@/components/logout-button";
import { getCurrentUser } from "@/lib/auth/session";
import { logOut } from "./actions";

export const metadata: Metadata = { title: "Log out" };

export default async function LogoutPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/");
  return (
    <article className="narrow">
      <h1>Log out</h1>
      <p>You are logged in as {user.username}. Logging out ends your session on every device.</p>
      <LogoutButton action={logOut} />
    </article>
  );
}
