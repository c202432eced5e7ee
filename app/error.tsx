"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <article className="narrow">
      <h1>Something went wrong</h1>
      <p>We could not show this page. Nothing you entered was lost on our side; please try again.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Go to the home page</Link>
      </p>
    </article>
  );
}
