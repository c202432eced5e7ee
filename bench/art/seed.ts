/**
 * Fills the bench database with a gallery of 10,000 artworks, shaped like a
 * real one: a few prolific artists and a long tail, more recent work than
 * old, every artwork with the variant rows a 12 MP upload produces, and
 * comments clustered on recent work. Imports lib/db: load with `await import()`.
 */
import { newMediaKey, variantKey } from "@/lib/art/media-keys";
import { db } from "@/lib/db";
import { usernameKey } from "@/lib/auth/schemas";
import { cuidLike, insertRows, placeholderPool, randomSource, type Row } from "../support/seeding";
import type { VariantInfo } from "./uploads";

export type SeedPlan = { artists: number; artworks: number; comments: number; batchSize: number };
export type SeedResult = {
  artworks: number;
  variants: number;
  comments: number;
  artists: number;
  busiestArtist: { username: string; artworks: number };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const GALLERY_AGE_DAYS = 2 * 365;

const ADJECTIVES = [
  "Quiet",
  "Burning",
  "Blue",
  "Drifting",
  "Hollow",
  "Golden",
  "Northern",
  "Paper",
  "Electric",
  "Salt",
  "Velvet",
  "Broken",
];
const NOUNS = ["Harbour", "Orchard", "Signal", "Garden", "Tide", "Lantern", "Meridian", "Study", "Window", "Ember", "Atlas", "Procession"];
const COMMENTS = [
  "Love the colours here.",
  "The composition pulls me right in.",
  "How long did this take?",
  "That light on the left is perfect.",
  "Stunning work, as always.",
];

/**
 * Artists in a Zipf-like spread (weight 1/rank): the busiest has ~20× the
 * work of the fiftieth, so the profile page is measured on a full portfolio.
 */
function pickArtist(weights: number[], total: number, random: () => number): number {
  let target = random() * total;
  for (let index = 0; index < weights.length; index++) {
    target -= weights[index];
    if (target <= 0) return index;
  }
  return weights.length - 1;
}

async function seedArtists(count: number, passwordHash: string, now: number): Promise<{ id: string; username: string }[]> {
  const artists = Array.from({ length: count }, (_, index) => {
    const username = `artist_${String(index + 1).padStart(3, "0")}`;
    const createdAt = new Date(now - (GALLERY_AGE_DAYS + 30 + index * 3) * DAY_MS);
    return {
      id: cuidLike(),
      username,
      usernameKey: usernameKey(username),
      passwordHash,
      displayName: index % 3 === 0 ? `Artist ${index + 1}` : null,
      bio: index % 2 === 0 ? "Painter and printmaker. Colour first, questions later." : "",
      createdAt,
      updatedAt: createdAt,
    };
  });
  await db.$transaction(insertRows("User", artists));
  return artists.map(({ id, username }) => ({ id, username }));
}

type ArtworkRow = { id: string; createdAt: Date };

async function seedArtworks(
  plan: SeedPlan,
  artists: { id: string }[],
  template: { width: number; height: number; variants: VariantInfo[] },
  now: number,
  random: () => number,
): Promise<{ rows: ArtworkRow[]; perArtist: number[]; variants: number }> {
  const weights = artists.map((_, rank) => 1 / (rank + 1));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const pool = await placeholderPool(8);
  const perArtist = artists.map(() => 0);
  const rows: ArtworkRow[] = [];
  let variants = 0;

  for (let start = 0; start < plan.artworks; start += plan.batchSize) {
    const artworks: Row[] = [];
    const variantRows: Row[] = [];
    for (let index = start; index < Math.min(plan.artworks, start + plan.batchSize); index++) {
      const artist = pickArtist(weights, totalWeight, random);
      perArtist[artist] += 1;
      // The power skews ages towards the recent past: a growing community posts more each month.
      const createdAt = new Date(now - random() ** 1.5 * GALLERY_AGE_DAYS * DAY_MS - 60_000);
      const id = cuidLike();
      const mediaKey = newMediaKey();
      const colours = pool[index % pool.length];
      artworks.push({
        id,
        authorId: artists[artist].id,
        title: `${ADJECTIVES[index % ADJECTIVES.length]} ${NOUNS[Math.floor(index / ADJECTIVES.length) % NOUNS.length]} no. ${index + 1}`,
        description: index % 4 === 0 ? "" : "Oil and acrylic on a rainy weekend; the second version of a sketch from the spring.",
        width: template.width,
        height: template.height,
        placeholder: colours.placeholder,
        placeholderUrl: colours.placeholderUrl,
        dominantColor: colours.dominantColor,
        mediaKey,
        createdAt,
        updatedAt: createdAt,
      });
      for (const variant of template.variants) {
        const { kind, format, width, height, bytes } = variant;
        variantRows.push({ artworkId: id, kind, format, width, height, bytes, key: variantKey(mediaKey, variant) });
      }
      rows.push({ id, createdAt });
    }
    // One transaction per batch: SQLite commits (and fsyncs) once per batch rather than once per row.
    await db.$transaction([...insertRows("Artwork", artworks), ...insertRows("ArtworkVariant", variantRows)]);
    variants += variantRows.length;
  }
  return { rows, perArtist, variants };
}

/** Comments cluster on recent work: most discussion happens in the first days. */
async function seedComments(
  plan: SeedPlan,
  artists: { id: string }[],
  artworks: ArtworkRow[],
  now: number,
  random: () => number,
): Promise<void> {
  const newestFirst = artworks.toSorted((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (let start = 0; start < plan.comments; start += plan.batchSize) {
    const comments: Row[] = [];
    for (let index = start; index < Math.min(plan.comments, start + plan.batchSize); index++) {
      const artwork = newestFirst[Math.floor(random() ** 2 * newestFirst.length)];
      const createdAt = new Date(Math.min(now, artwork.createdAt.getTime() + random() * 14 * DAY_MS));
      comments.push({
        id: cuidLike(),
        artworkId: artwork.id,
        authorId: artists[Math.floor(random() * artists.length)].id,
        body: COMMENTS[index % COMMENTS.length],
        createdAt,
      });
    }
    await db.$transaction(insertRows("Comment", comments));
  }
}

/**
 * Rows only: the variant keys name files that are never written. The
 * gallery benchmark measures the HTML pages, which never read the files.
 */
export async function seedGallery(
  plan: SeedPlan,
  template: { width: number; height: number; variants: VariantInfo[] },
  passwordHash: string,
): Promise<SeedResult> {
  const random = randomSource(20_261_124);
  const now = Date.now();
  const artists = await seedArtists(plan.artists, passwordHash, now);
  const { rows, perArtist, variants } = await seedArtworks(plan, artists, template, now, random);
  await seedComments(plan, artists, rows, now, random);
  const busiest = perArtist.indexOf(Math.max(...perArtist));
  return {
    artworks: rows.length,
    variants,
    comments: plan.comments,
    artists: artists.length,
    busiestArtist: { username: artists[busiest].username, artworks: perArtist[busiest] },
  };
}
