/**
 * Test helper, run as its own process with DATABASE_URL and MEDIA_ROOT set
 * (node --import tsx --conditions=react-server copy-site.ts <step>), so the
 * app's own functions run on the database the URL names, with that
 * database's SQL (lib/database/dialect.ts is chosen once per process):
 *   seed  fills an empty database with a small site, through the app's functions;
 *   read  prints what the app's pages would show, as JSON (the admin pages'
 *         queries read the session, so their tables are read as they are);
 *   post  sends one more chat message and prints its id.
 */
import { createAccount } from "@/lib/auth/accounts";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { getArtwork, listArtworks, listOwnArtworks } from "@/lib/art/queries";
import { listMessages, postMessage } from "@/lib/chat/messages";
import { createRoom, getRoomBySlug, listRooms } from "@/lib/chat/rooms";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { hideArtwork } from "@/lib/moderation/artwork/commands";
import { banMember } from "@/lib/moderation/members/commands";
import { fileReport } from "@/lib/moderation/reports/filing";
import { rateArtwork } from "@/lib/ratings/ratings";
import { searchArtists } from "@/lib/search/artists";
import { searchArtworks } from "@/lib/search/artworks";
import { searchText } from "@/lib/search/schemas";
import { createTestArtwork } from "@/lib/testing/artworks";
import { TEST_PASSWORD } from "@/lib/testing/factories";
import { getProfile, renamedProfileHref } from "@/lib/users/profiles";
import { changeUsername } from "@/lib/users/username";

/** Searches read bans at a moment: the same one for the site and its copy. */
const NOW = new Date("2026-12-04T12:00:00Z");

const ROOM = { name: "Studio talk", description: "Works in progress" };

function value<T>(result: { ok: true; value: T } | { ok: false; message: string }, what: string): T {
  if (!result.ok) throw new Error(`${what} was refused: ${result.message}`);
  return result.value;
}

async function member(username: string, role: "USER" | "ADMIN" = "USER"): Promise<string> {
  const email = `${username}@example.com`;
  return value(await createAccount({ username, password: TEST_PASSWORD, email, emailVerified: true }, role), `the account ${username}`);
}

async function seed() {
  const admin = await member("curator", "ADMIN");
  const mira = await member("mira");
  const kenji = await member("kenji_old");
  value(await changeUsername(kenji, "kenji"), "the rename");
  const spammer = await member("spammer");
  const night = await createTestArtwork(mira, "Night Market");
  const harbour = await createTestArtwork(mira, "Harbour");
  const copied = await createTestArtwork(kenji, "Copied piece");
  await createTestArtwork(spammer, "Spam");
  value(await rateArtwork(night.id, kenji, 5), "a rating");
  value(await rateArtwork(harbour.id, kenji, 2), "a rating");
  value(await rateArtwork(copied.id, mira, 1), "a rating");
  value(await addComment(night.id, kenji, "The light on the stalls!"), "a comment");
  value(
    await fileReport(mira, { target: { type: "ARTWORK", id: copied.id }, category: "STOLEN_ART", note: "Mine, from 2019." }),
    "a report",
  );
  value(await fileReport(kenji, { target: { type: "MEMBER", id: spammer }, category: "SPAM", note: "" }), "a report");
  value(await hideArtwork({ id: admin }, { artworkId: copied.id, reason: "Reported as copied" }), "hiding");
  value(await banMember({ id: admin }, { memberId: spammer, reason: "Spam", duration: "7d" }), "the ban");
  const slug = value(await createRoom(mira, ROOM), "the room");
  const room = (await getRoomBySlug(slug))!;
  for (const [author, body] of [
    [mira, "Hello!"],
    [kenji, "Hi, what are you painting?"],
    [mira, "Lanterns.\nLots of them."],
  ] as const) {
    value(await postMessage(room.id, author, body), "a message");
  }
  await discovery({ mira, kenji, spammer }, [night.id, harbour.id]);
  // A single-use link, its mail in the outbox and the job that sends it.
  value(await requestPasswordReset("mira@example.com", "192.0.2.10"), "a reset link");
}

/** Tags, follows, a block, favourites, a muted tag, a notification choice and a collection, with the counters the database keeps. */
async function discovery(members: Record<"mira" | "kenji" | "spammer", string>, [night, harbour]: string[]) {
  const { mira, kenji, spammer } = members;
  const [market, ink] = await Promise.all(["market", "ink"].map((name) => db.tag.create({ data: { name } })));
  for (const [position, tag] of [market, ink].entries()) {
    const artwork = await db.artwork.findUniqueOrThrow({ where: { id: night } });
    const { createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt } = artwork;
    await db.artworkTag.create({
      data: { artworkId: night, tagId: tag.id, position, createdAt, topScore, ratingCount, hotScore, favouriteCount, hiddenAt },
    });
  }
  await db.follow.createMany({
    data: [
      { followerId: kenji, followeeId: mira },
      { followerId: mira, followeeId: kenji },
    ],
  });
  await db.block.create({ data: { blockerId: mira, blockedId: spammer } });
  await db.favourite.createMany({
    data: [
      { userId: kenji, artworkId: night },
      { userId: kenji, artworkId: harbour },
    ],
  });
  await db.mutedTag.create({ data: { userId: kenji, tagId: ink.id } });
  await db.notificationPreference.create({ data: { userId: kenji, type: "RATING", inSite: true, mail: "NONE" } });
  const collection = await db.collection.create({ data: { ownerId: kenji, slug: "lights", title: "Lights", itemCount: 1 } });
  await db.collectionItem.create({ data: { collectionId: collection.id, artworkId: night, position: 0 } });
}

async function read() {
  const room = (await listRooms(1)).items[0];
  const [first] = (await listMessages(room.id)).messages;
  const kenji = (await getProfile("kenji"))!;
  const copied = await db.artwork.findFirstOrThrow({ where: { title: "Copied piece" }, select: { id: true } });
  return {
    gallery: await listArtworks({ page: 1 }),
    top: await listArtworks({ page: 1, order: { sort: "top", period: "all" } }),
    profile: await getProfile("mira"),
    renamed: await renamedProfileHref("kenji_old"),
    rooms: await listRooms(1),
    catchUp: await listMessages(room.id, { after: first.id }),
    kenjisOwnList: await listOwnArtworks(kenji.id, 1),
    hiddenForVisitors: await getArtwork(copied.id, null),
    hiddenForOwner: await getArtwork(copied.id, { id: kenji.id, role: "USER" }),
    reports: await db.report.findMany({ orderBy: { createdAt: "asc" } }),
    audit: await db.auditEntry.findMany({ orderBy: { id: "asc" } }),
    banned: await db.user.findMany({ where: { bannedAt: { not: null } }, select: { username: true, bannedUntil: true } }),
    // Counters the database's triggers keep: copied as they are, not counted twice.
    followCounts: await db.user.findMany({
      orderBy: { usernameKey: "asc" },
      select: { username: true, followerCount: true, followingCount: true },
    }),
    tagUses: await db.tag.findMany({ orderBy: { name: "asc" }, select: { name: true, usageCount: true } }),
    tagged: await db.artworkTag.findMany({ orderBy: [{ artworkId: "asc" }, { position: "asc" }] }),
    favourites: await db.artwork.findMany({ orderBy: { title: "asc" }, select: { title: true, favouriteCount: true } }),
    // The search index, rebuilt on the copy: by a tag, by an artist's new name, and as a member who muted a tag.
    search: {
      byTag: await searchArtworks({ query: "ink", now: NOW }),
      byArtist: await searchArtworks({ query: "mira", now: NOW }),
      asKenji: await searchArtworks({ query: "night", viewerId: kenji.id, now: NOW }),
      artists: await searchArtists({ terms: searchText.parse("mi"), now: NOW }),
    },
  };
}

async function post() {
  const room = (await listRooms(1)).items[0];
  const author = (await getProfile("kenji"))!;
  return value(await postMessage(room.id, author.id, "After the move"), "the new message").message.id;
}

const steps = { seed, read, post } as const;
const step = steps[process.argv[2] as keyof typeof steps];
if (!step) throw new Error(`usage: copy-site.ts ${Object.keys(steps).join("|")}`);
step()
  .then((result) => process.stdout.write(`${JSON.stringify(result ?? null)}\n`))
  .finally(() => db.$disconnect());
