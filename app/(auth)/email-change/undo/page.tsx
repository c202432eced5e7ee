import type { Metadata } from "next";
import Link from "next/link";
import { linkProblem } from "@/lib/auth/link-problem";
import { undoChange } from "../actions";
import { LinkButtonForm } from "../link-button-form";

export const metadata: Metadata = { title: "Undo the change of address" };

export default async function UndoEmailChangePage({ searchParams }: PageProps<"/email-change/undo">) {
  const { token } = await searchParams;
  const problem = await linkProblem(token, "UNDO_EMAIL_CHANGE");
  return (
    <article className="narrow">
      <h1>Undo the change of address</h1>
      {problem ? (
        <p role="alert">{problem}</p>
      ) : (
        <>
          <p>This puts your previous address back on your account and signs out every session, including whoever made the change.</p>
          <LinkButtonForm
            token={String(token)}
            action={undoChange}
            label="Put my address back"
            after={<Link href="/forgot-password">Reset your password</Link>}
          />
        </>
      )}
    </article>
  );
}
