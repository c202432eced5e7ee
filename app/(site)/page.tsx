import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";

export default async function HomePage() {
  const user = await getCurrentUser();
  const callToAction = user
    ? { href: "/upload", label: "Upload your art" }
    : { href: "/register", label: "Join the collective" };
  return (
    <>
      <section className="hero">
        <hgroup>
          <h1>{user ? `Welcome back, ${user.username}` : "Artist Collective"}</h1>
          <p>A home for artists: share your work, discover others and talk about art in real time.</p>
        </hgroup>
        <p>
          <Link href={callToAction.href} role="button">
            {callToAction.label}
          </Link>{" "}
          <Link href="/gallery" role="button" className="secondary">
            Browse the gallery
          </Link>
        </p>
      </section>
      <section className="grid features">
        <article>
          <h2>Show your work</h2>
          <p>Upload your art and build a portfolio with sharp images on every screen.</p>
        </article>
        <article>
          <h2>Discover</h2>
          <p>Rate and discuss art, and find what the community loves most.</p>
        </article>
        <article>
          <h2>Talk</h2>
          <p>Join live chat rooms and meet the artists behind the work.</p>
        </article>
      </section>
    </>
  );
}
