"use client";

import "@picocss/pico/css/pico.min.css";

/** Replaces the root layout when it fails, so it brings its own <html> and styles. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="container">
          <h1>Something went wrong</h1>
          <p>Artist Collective could not load this page. Please try again in a moment.</p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
