import { db } from "@/lib/db";
import { env } from "@/lib/env";

/** SQLite caps a statement at 32,766 bound values: rows of at most 13 columns, 2,000 a statement. */
const ROWS_PER_STATEMENT = 2_000;

async function insert(table: string, rows: Record<string, string | number | Date | null>[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const columns = Object.keys(chunk[0]);
    const row = `(${columns.map(() => "?").join(", ")})`;
    const sql = `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(", ")}) VALUES ${chunk.map(() => row).join(", ")}`;
    // PostgreSQL numbers its placeholders ($1, $2, …); SQLite takes "?".
    const numbered = env.database.provider === "postgresql" ? renumber(sql) : sql;
    await db.$executeRawUnsafe(numbered, ...chunk.flatMap((values) => columns.map((column) => values[column])));
  }
}

function renumber(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Whom each other member follows, as offsets from their own place among the artists. */
const OTHERS_FOLLOW = [1, 2, 3, 5, 8, 13, 21, 34];

export type FeedData = { busyFan: string; quietFan: string; artworks: number };

/**
 * A gallery for the feed's plans: `members` artists sharing `artworks` pieces
 * over a year, newest first in id order too; a fan following `followed`
 * artists spread over everyone (the walk), and a fan following five artists
 * who shared once, long ago (read one by one).
 */
export async function fillFeedData({
  members,
  artworks,
  followed,
}: {
  members: number;
  artworks: number;
  followed: number;
}): Promise<FeedData> {
  const now = Date.now();
  const users = Array.from({ length: members }, (_, index) => {
    const name = `feedartist${index}`;
    return {
      id: `cfeedartist${String(index).padStart(8, "0")}`,
      username: name,
      usernameKey: name,
      passwordHash: "-",
      updatedAt: new Date(now),
    };
  });
  await insert("User", users);
  const quiet = users.slice(members - 5);
  const busy = users.slice(0, members - 5);
  await insert(
    "Artwork",
    Array.from({ length: artworks }, (_, index) => ({
      id: `cfeedart${String(index).padStart(10, "0")}`,
      authorId: busy[index % busy.length].id,
      title: `Artwork ${index}`,
      width: 800,
      height: 600,
      placeholder: "-",
      dominantColor: "#000000",
      mediaKey: `feed-${index}`,
      hiddenAt: index % 50 === 0 ? new Date(now) : null,
      createdAt: new Date(now - index * 5 * 60_000),
      updatedAt: new Date(now),
    })).concat(
      quiet.map((artist, index) => ({
        id: `cfeedquiet${String(index).padStart(8, "0")}`,
        authorId: artist.id,
        title: "Long ago",
        width: 800,
        height: 600,
        placeholder: "-",
        dominantColor: "#000000",
        mediaKey: `feed-quiet-${index}`,
        hiddenAt: null,
        createdAt: new Date(now - 2 * 365 * 86_400_000 - index),
        updatedAt: new Date(now),
      })),
    ),
  );
  const [busyFan, quietFan] = users.slice(busy.length - 2, busy.length);
  const step = Math.floor(busy.length / followed);
  // Everyone else follows a few artists too, so the planner knows Follow as a table worth its index.
  const others = users
    .filter((user) => user !== busyFan && user !== quietFan)
    .flatMap((user, index) =>
      OTHERS_FOLLOW.map((offset) => ({ followerId: user.id, followeeId: busy[(index + offset) % busy.length].id })),
    );
  await insert(
    "Follow",
    [
      ...Array.from({ length: followed }, (_, index) => ({ followerId: busyFan.id, followeeId: busy[index * step].id })),
      ...quiet.map((artist) => ({ followerId: quietFan.id, followeeId: artist.id })),
      ...others,
    ].filter((follow) => follow.followerId !== follow.followeeId),
  );
  return { busyFan: busyFan.id, quietFan: quietFan.id, artworks };
}
