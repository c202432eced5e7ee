import Link from "next/link";

export default function NotFound() {
  return (
    <article className="narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have been moved or deleted.</p>
      <Link href="/" role="button">
        Go to the home page
      </Link>
    </article>
  );
}
