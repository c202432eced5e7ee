import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { fanOutNewArtwork, newArtworkFanOutJob } from "@/lib/notifications/fan-out";
import { notificationChoices, saveNotificationChoices } from "@/lib/notifications/preferences";
import { notificationPage } from "@/lib/notifications/queries";
import { bareArtwork } from "@/lib/testing/artworks";
import { bareMembers } from "@/lib/testing/concurrency";

vi.hoisted(() => {
  process.env.NOTIFICATION_FANOUT_BATCH = "100";
});
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

async function artistWithFollowers(count: number) {
  const [artist, ...followers] = await bareMembers(count + 1);
  const at = Date.now() - 60_000;
  await db.follow.createMany({
    data: followers.map((fan, index) => ({ followerId: fan.id, followeeId: artist.id, createdAt: new Date(at + index) })),
  });
  return { artist, followers };
}

/** Runs the job and every batch it enqueues, as the worker would: how many rows each batch wrote. */
async function fanOutBatches(artworkId: string): Promise<number[]> {
  const written = [await fanOutNewArtwork({ artworkId })];
  for (;;) {
    const next = await db.job.findFirst({ where: { kind: newArtworkFanOutJob.name, payload: { contains: artworkId }, status: "PENDING" } });
    if (!next) return written;
    await db.job.delete({ where: { id: next.id } });
    written.push(await fanOutNewArtwork(newArtworkFanOutJob.payload.parse(JSON.parse(next.payload))));
  }
}

const fanOutFully = async (artworkId: string) => (await fanOutBatches(artworkId)).reduce((sum, count) => sum + count, 0);

const toldOf = (artworkId: string) => db.notification.count({ where: { artworkId, type: "NEW_ARTWORK" } });

describe("new artwork fan-out", () => {
  it("tells every follower, a batch per job, each once however often a batch runs", async () => {
    const { artist, followers } = await artistWithFollowers(250);
    const artwork = await bareArtwork(artist.id, "Harbour");
    expect(await fanOutBatches(artwork.id)).toEqual([100, 100, 50]);
    expect(await toldOf(artwork.id)).toBe(250);
    expect(await fanOutNewArtwork({ artworkId: artwork.id })).toBe(0);
    expect(await toldOf(artwork.id)).toBe(250);
    const reader = await db.user.findUniqueOrThrow({ where: { id: followers[0].id }, select: { id: true, username: true } });
    const [group] = (await notificationPage(reader)).groups;
    expect(group).toMatchObject({ type: "NEW_ARTWORK", href: `/art/${artwork.id}` });
  });

  it("groups one artist's work of a day into one line for each follower", async () => {
    const { artist, followers } = await artistWithFollowers(2);
    for (const title of ["One", "Two", "Three"]) await fanOutFully((await bareArtwork(artist.id, title)).id);
    const reader = await db.user.findUniqueOrThrow({ where: { id: followers[1].id }, select: { id: true, username: true } });
    const artistName = (await db.user.findUniqueOrThrow({ where: { id: artist.id } })).username;
    expect((await notificationPage(reader)).groups.map((group) => group.sentence)).toEqual([`${artistName} shared 3 new artworks.`]);
  });

  it("tells nobody of hidden artwork, nor a follower who blocked the artist or turned the type off", async () => {
    const { artist, followers } = await artistWithFollowers(3);
    const hidden = await bareArtwork(artist.id, "Hidden", new Date());
    expect(await fanOutFully(hidden.id)).toBe(0);
    const [blocker, quiet] = followers;
    await db.block.create({ data: { blockerId: blocker.id, blockedId: artist.id } });
    await saveNotificationChoices(quiet.id, { ...(await notificationChoices(quiet.id)), NEW_ARTWORK: { inSite: false, mail: "NONE" } });
    const shown = await bareArtwork(artist.id, "Shown");
    expect(await fanOutFully(shown.id)).toBe(1);
    expect(await db.notification.findMany({ where: { artworkId: shown.id }, select: { recipientId: true } })).toEqual([
      { recipientId: followers[2].id },
    ]);
  });
});
