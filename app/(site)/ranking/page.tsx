import type { Metadata } from "next";
import Link from "next/link";
import { HOT_DECAY_SECONDS, PRIOR_MEAN, PRIOR_WEIGHT, topScore } from "@/lib/ratings/score";

export const metadata: Metadata = {
  title: "How ranking works",
  description: "The four gallery orders, in plain words and formulas.",
};

const oneFiveStar = topScore({ count: 1, sum: 5 }).toFixed(2);
const hundredAt48 = topScore({ count: 100, sum: 480 }).toFixed(2);
const decayHours = HOT_DECAY_SECONDS / 3600;

export default function RankingPage() {
  return (
    <article className="ranking-page">
      <h1>How ranking works</h1>
      <p>
        Every gallery can be ordered four ways. Nothing is hidden: these are the exact formulas the site stores and sorts by. Equal scores
        are ordered by upload, so paging never repeats or skips a piece.
      </p>

      <h2>Newest</h2>
      <p>Most recently uploaded first.</p>

      <h2>Top rated</h2>
      <p>
        A plain average would let one 5-star vote beat a hundred votes averaging 4.8. So every artwork starts with {PRIOR_WEIGHT} imaginary
        votes of {PRIOR_MEAN} stars (the middle of the scale), and real votes pull it away from there:
      </p>
      <pre>
        <code>
          score = ({PRIOR_MEAN} × {PRIOR_WEIGHT} + sum of stars) / ({PRIOR_WEIGHT} + number of ratings)
        </code>
      </pre>
      <p>
        One 5-star vote scores {oneFiveStar}; a hundred votes averaging 4.8 score {hundredAt48}. The more people agree, the more the score
        is theirs.
      </p>

      <h2>Most rated</h2>
      <p>The number of ratings, whatever the stars: what the community has looked at and judged most.</p>

      <h2>Most favourited</h2>
      <p>How many members keep the work among their favourites (the heart on every card and artwork page).</p>

      <h2>Hot</h2>
      <p>
        Recent work that people like. Each star above 3 counts for a piece, each below against (5★ is +2, 1★ is −2). The score is the order
        of magnitude of that approval plus the upload time:
      </p>
      <pre>
        <code>hot = ± log₁₀(|approval|) + upload time in seconds / {HOT_DECAY_SECONDS.toLocaleString("en")}</code>
      </pre>
      <p>
        So a piece uploaded {decayHours} hours later needs ten times less approval to stand level with an older one. Scores only change when
        someone rates, never just because time passes.
      </p>

      <h2>Periods</h2>
      <p>
        Top rated, most rated and most favourited can be limited to work uploaded today, this week (7 days), this month (30 days) or at any
        time.
      </p>
      <p>
        <Link href="/?sort=top">See the top rated work</Link>
      </p>
    </article>
  );
}
