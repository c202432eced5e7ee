import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { changeLinkFor } from "@/lib/users/email-change";
import { confirmChange } from "../actions";
import { LinkButtonForm } from "../link-button-form";

export const metadata: Metadata = { title: "Confirm your new address" };

export default async function ConfirmEmailChangePage({ searchParams }: PageProps<"/email-change/confirm">) {
  const token = String((await searchParams).token ?? "");
  const user = await requireUser(`/email-change/confirm?token=${encodeURIComponent(token)}`);
  const link = await changeLinkFor(user.id, token);
  return (
    <article className="narrow">
      <h1>Confirm your new address</h1>
      {link.ok ? (
        <>
          <p>
            Use <strong>{link.value}</strong> as the address of {user.username}?
          </p>
          <LinkButtonForm
            token={token}
            action={confirmChange}
            label="Use this address"
            after={<Link href="/settings/email">Email settings</Link>}
          />
        </>
      ) : (
        <p role="alert">{link.message}</p>
      )}
    </article>
  );
}
