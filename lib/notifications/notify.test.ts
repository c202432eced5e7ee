import { describe, expect, it, vi } from "vitest";
import { blockMember } from "@/lib/blocks/blocks";
import { addComment, deleteOwnComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { setFavourite } from "@/lib/favourites/favourites";
import { follow, unfollow } from "@/lib/follows/follows";
import { hideArtwork } from "@/lib/moderation/artwork/commands";
import { dismissReport } from "@/lib/moderation/reports/dismissing";
import { saveNotificationChoices, notificationChoices } from "@/lib/notifications/preferences";
import { notificationPage, unreadCount } from "@/lib/notifications/queries";
import { rateArtwork, removeRating } from "@/lib/ratings/ratings";
import { bareArtwork } from "@/lib/testing/artworks";
import { bareMembers } from "@/lib/testing/concurrency";
import { createTestAdmin } from "@/lib/testing/factories";
import { openReport } from "@/lib/testing/content";
import { deleteAccount } from "@/lib/users/delete-account";

const standIn = await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const rowsOf = (recipientId: string) =>
  db.notification.findMany({
    where: { recipientId },
    orderBy: { id: "asc" },
    select: { type: true, actorId: true, readAt: true, pendingMail: true },
  });

async function member() {
  const [one] = await bareMembers(1);
  return db.user.findUniqueOrThrow({ where: { id: one.id }, select: { id: true, username: true } });
}

async function sentences(recipient: { id: string; username: string }) {
  return (await notificationPage(recipient)).groups.map((group) => group.sentence);
}

describe("what is notified", () => {
  it("tells an artist of a comment in the comment's own transaction, and their open pages at once", async () => {
    const [artist, fan] = [await member(), await member()];
    const artwork = await bareArtwork(artist.id, "Night Market");
    const posted = await addComment(artwork.id, fan.id, "The lanterns glow!");
    expect(posted.ok).toBe(true);
    expect(await sentences(artist)).toEqual([`${fan.username} commented on “Night Market”: “The lanterns glow!”`]);
    expect(await unreadCount(artist.id)).toBe(1);
    const told = standIn.requests.flatMap((request) => (request.body as { batch?: { channel: string; data: string }[] })?.batch ?? []);
    expect(told).toContainEqual({ channel: `private-member-${artist.id}`, name: "unread", data: JSON.stringify({ count: 1 }) });
  });

  it("tells a mentioned member, links nobody who does not exist, and never the commenter themselves", async () => {
    const [artist, fan, friend] = [await member(), await member(), await member()];
    const artwork = await bareArtwork(artist.id, "Dawn");
    await addComment(artwork.id, fan.id, `@${friend.username} look! @${fan.username} @nobody_at_all`);
    expect(await rowsOf(friend.id)).toMatchObject([{ type: "MENTION", actorId: fan.id, pendingMail: "INSTANT" }]);
    expect(await rowsOf(fan.id)).toEqual([]);
    // The artist hears of the comment once, not again as a mention.
    await addComment(artwork.id, fan.id, `@${artist.username} lovely`);
    expect((await rowsOf(artist.id)).map((row) => row.type)).toEqual(["COMMENT", "COMMENT"]);
  });

  it("never tells members of their own actions", async () => {
    const artist = await member();
    const artwork = await bareArtwork(artist.id);
    await addComment(artwork.id, artist.id, "Work in progress");
    await setFavourite(artist.id, artwork.id, true);
    expect(await rowsOf(artist.id)).toEqual([]);
  });

  it("groups a day's ratings of one artwork into one line and one unread", async () => {
    const artist = await member();
    const raters = await Promise.all(Array.from({ length: 5 }, member));
    const artwork = await bareArtwork(artist.id, "Night Market");
    for (const rater of raters) await rateArtwork(artwork.id, rater.id, 4);
    expect(await sentences(artist)).toEqual([`${raters[4].username} and 4 others rated “Night Market”.`]);
    expect(await unreadCount(artist.id)).toBe(1);
  });

  it("tells a rating once however often it changes, and takes it back with the rating", async () => {
    const [artist, rater] = [await member(), await member()];
    const artwork = await bareArtwork(artist.id);
    await rateArtwork(artwork.id, rater.id, 3);
    await rateArtwork(artwork.id, rater.id, 5);
    expect(await rowsOf(artist.id)).toHaveLength(1);
    await removeRating(artwork.id, rater.id);
    expect(await rowsOf(artist.id)).toEqual([]);
  });

  it("takes back a follow's and a favourite's notification when they are undone", async () => {
    const [artist, fan] = [await member(), await member()];
    const artwork = await bareArtwork(artist.id);
    await follow(fan.id, artist.id);
    await setFavourite(fan.id, artwork.id, true);
    expect((await rowsOf(artist.id)).map((row) => row.type)).toEqual(["FOLLOW", "FAVOURITE"]);
    await unfollow(fan.id, artist.id);
    await setFavourite(fan.id, artwork.id, false);
    expect(await rowsOf(artist.id)).toEqual([]);
  });

  it("tells a reporter the outcome of their report, with the moderators' note", async () => {
    const [admin, artist] = [await createTestAdmin(), await member()];
    const artwork = await bareArtwork(artist.id, "Copied piece");
    const report = await openReport({ type: "ARTWORK", id: artwork.id });
    await dismissReport(admin, { reportId: report.id, note: "Not a copy" });
    const reporter = await db.user.findUniqueOrThrow({ where: { id: report.reporterId }, select: { id: true, username: true } });
    expect(await sentences(reporter)).toEqual([
      expect.stringMatching(/^Moderators reviewed your report about “.+”: No action: Not a copy\.$/),
    ]);
  });
});

describe("blocking and visibility", () => {
  it("tells nothing from a member either of them blocked, and a block removes what was told", async () => {
    const [artist, fan, friend] = [await member(), await member(), await member()];
    const artwork = await bareArtwork(artist.id);
    await addComment(artwork.id, fan.id, "Nice");
    await blockMember(artist.id, fan.id);
    expect(await rowsOf(artist.id)).toEqual([]);
    // A mention of a member who blocked the commenter stays silent.
    await blockMember(friend.id, fan.id);
    const other = await bareArtwork((await member()).id);
    await addComment(other.id, fan.id, `@${friend.username} hi`);
    expect(await rowsOf(friend.id)).toEqual([]);
  });

  it("removes what was told about an artwork moderators hide, and tells its owner why", async () => {
    const [admin, artist, fan] = [await createTestAdmin(), await member(), await member()];
    const artwork = await bareArtwork(artist.id, "Borrowed");
    await rateArtwork(artwork.id, fan.id, 5);
    await setFavourite(fan.id, artwork.id, true);
    expect((await hideArtwork(admin, { artworkId: artwork.id, reason: "Traced" })).ok).toBe(true);
    expect(await sentences(artist)).toEqual(["Moderators hid your artwork “Borrowed”; only you can see it now. Reason: Traced"]);
  });

  it("removes a notification with its cause: a deleted comment, a deleted account", async () => {
    const [artist, fan, other] = [await member(), await member(), await member()];
    const artwork = await bareArtwork(artist.id);
    const posted = await addComment(artwork.id, fan.id, "First!");
    if (!posted.ok) throw new Error("comment refused");
    await deleteOwnComment(posted.value, fan.id);
    expect(await rowsOf(artist.id)).toEqual([]);
    await follow(other.id, artist.id);
    await deleteAccount(other.id);
    expect(await rowsOf(artist.id)).toEqual([]);
  });
});

describe("preferences", () => {
  it("writes nothing for a type turned off in the site and by mail", async () => {
    const [artist, fan] = [await member(), await member()];
    const choices = await notificationChoices(artist.id);
    await saveNotificationChoices(artist.id, { ...choices, FOLLOW: { inSite: false, mail: "NONE" } });
    await follow(fan.id, artist.id);
    expect(await rowsOf(artist.id)).toEqual([]);
  });

  it("keeps a mailed-only type out of the bell and the list, waiting for its mail", async () => {
    const [artist, fan] = [await member(), await member()];
    const choices = await notificationChoices(artist.id);
    await saveNotificationChoices(artist.id, { ...choices, FOLLOW: { inSite: false, mail: "DIGEST" } });
    await follow(fan.id, artist.id);
    expect(await rowsOf(artist.id)).toMatchObject([{ type: "FOLLOW", readAt: expect.any(Date), pendingMail: "DIGEST" }]);
    expect(await unreadCount(artist.id)).toBe(0);
    expect(await sentences(artist)).toEqual([]);
  });

  it("starts from the defaults: mentions and moderation at once, the rest in the digest", async () => {
    const choices = await notificationChoices((await member()).id);
    expect(choices.MENTION).toEqual({ inSite: true, mail: "INSTANT" });
    expect(choices.MODERATION).toEqual({ inSite: true, mail: "INSTANT" });
    expect(choices.RATING).toEqual({ inSite: true, mail: "DIGEST" });
  });

  it("keeps moderators' decisions in the site whatever is sent", async () => {
    const artist = await member();
    const choices = await notificationChoices(artist.id);
    await saveNotificationChoices(artist.id, { ...choices, MODERATION: { inSite: false, mail: "NONE" } });
    expect((await notificationChoices(artist.id)).MODERATION).toEqual({ inSite: true, mail: "NONE" });
  });
});
