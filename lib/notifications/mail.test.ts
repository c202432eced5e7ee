import { describe, expect, it, vi } from "vitest";
import { addComment } from "@/lib/comments/comments";
import { db } from "@/lib/db";
import { follow } from "@/lib/follows/follows";
import { openNotification } from "@/lib/notifications/commands";
import { sendDigest, sendNotificationMail } from "@/lib/notifications/mail";
import { notificationChoices, saveNotificationChoices } from "@/lib/notifications/preferences";
import { readUnsubscribeToken, unsubscribe, unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { rateArtwork } from "@/lib/ratings/ratings";
import { bareArtwork } from "@/lib/testing/artworks";
import { bareMembers } from "@/lib/testing/concurrency";
import { createMemberWithEmail, linkTokenIn } from "@/lib/testing/email-members";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const mailsTo = (to: string) =>
  db.outgoingMail.findMany({
    where: { to },
    orderBy: { createdAt: "asc" },
    select: { kind: true, subject: true, text: true, unsubscribeUrl: true },
  });

const lastNotificationOf = (recipientId: string) => db.notification.findFirstOrThrow({ where: { recipientId }, orderBy: { id: "desc" } });

async function mentionOf(friend: { username: string }) {
  const [artist, fan] = await bareMembers(2);
  const artwork = await bareArtwork(artist.id, "Night Market");
  await addComment(artwork.id, fan.id, `@${friend.username} see this`);
}

describe("a mail at once", () => {
  it("goes for a mention once its delay is up, with the words of the site, the way to it and a one-click unsubscribe", async () => {
    const friend = await createMemberWithEmail();
    await mentionOf(friend);
    const notification = await lastNotificationOf(friend.id);
    const job = await db.job.findFirstOrThrow({
      where: { kind: "notification-mail", payload: JSON.stringify({ notificationId: notification.id }) },
    });
    expect(job.runAfter.getTime()).toBeGreaterThan(notification.createdAt.getTime());
    await sendNotificationMail(notification.id);
    const [mail] = await mailsTo(friend.email);
    expect(mail.kind).toBe("notification");
    expect(mail.subject).toMatch(/ mentioned you in a comment on “Night Market”: “@.+ see this”$/);
    expect(mail.text).toContain(`/notifications/${notification.id}`);
    expect(mail.unsubscribeUrl).toMatch(/\/api\/unsubscribe\?token=/);
    // Sent once, however often the job runs.
    await sendNotificationMail(notification.id);
    expect(await mailsTo(friend.email)).toHaveLength(1);
  });

  it("is not sent for what the member already read in the site", async () => {
    const friend = await createMemberWithEmail();
    await mentionOf(friend);
    const notification = await lastNotificationOf(friend.id);
    expect((await openNotification(friend, notification.id)).ok).toBe(true);
    await sendNotificationMail(notification.id);
    expect(await mailsTo(friend.email)).toEqual([]);
  });

  it("is not sent to a member without a confirmed address", async () => {
    const friend = await createMemberWithEmail({ verified: false });
    await mentionOf(friend);
    const notification = await lastNotificationOf(friend.id);
    await sendNotificationMail(notification.id);
    expect(await mailsTo(friend.email)).toEqual([]);
    expect((await lastNotificationOf(friend.id)).pendingMail).toBeNull();
  });
});

describe("the daily digest", () => {
  it("collects the day's events, grouped as the site shows them, in one mail a day", async () => {
    const artist = await createMemberWithEmail();
    const fans = await bareMembers(3);
    const artwork = await bareArtwork(artist.id, "Night Market");
    for (const fan of fans) await rateArtwork(artwork.id, fan.id, 5);
    await follow(fans[0].id, artist.id);
    expect(await sendDigest(artist.id)).toBe(true);
    const [digest] = await mailsTo(artist.email);
    expect(digest.subject).toBe("Your day on Artist Collective: 2 new notifications");
    expect(digest.text).toMatch(/• bare_\w+ and 2 others rated “Night Market”\./);
    expect(digest.text).toMatch(/• bare_\w+ followed you\./);
    // Nothing waits any more, and a second digest the same day sends nothing.
    expect(await db.notification.count({ where: { recipientId: artist.id, pendingMail: { not: null } } })).toBe(0);
    expect(await sendDigest(artist.id)).toBe(false);
    expect(await mailsTo(artist.email)).toHaveLength(1);
  });

  it("leaves out what the member read, and types they no longer want in it", async () => {
    const artist = await createMemberWithEmail();
    const [fan, rater] = await bareMembers(2);
    const artwork = await bareArtwork(artist.id);
    await follow(fan.id, artist.id);
    await openNotification(artist, (await lastNotificationOf(artist.id)).id);
    await rateArtwork(artwork.id, rater.id, 4);
    const choices = await notificationChoices(artist.id);
    await saveNotificationChoices(artist.id, { ...choices, RATING: { inSite: true, mail: "NONE" } });
    expect(await sendDigest(artist.id)).toBe(false);
    expect(await mailsTo(artist.email)).toEqual([]);
  });
});

describe("unsubscribing", () => {
  it("stops that type's mail from the link in the mail, and nothing else", async () => {
    const friend = await createMemberWithEmail();
    await mentionOf(friend);
    await sendNotificationMail((await lastNotificationOf(friend.id)).id);
    const [mail] = await mailsTo(friend.email);
    const unsubscription = await readUnsubscribeToken(linkTokenIn({ text: mail.unsubscribeUrl ?? "" }));
    expect(unsubscription).toMatchObject({ userId: friend.id, scope: "MENTION", what: "replies and @mentions" });
    await unsubscribe(unsubscription!);
    const choices = await notificationChoices(friend.id);
    expect(choices.MENTION).toEqual({ inSite: true, mail: "NONE" });
    expect(choices.MODERATION.mail).toBe("INSTANT");
    await mentionOf(friend);
    expect((await lastNotificationOf(friend.id)).pendingMail).toBeNull();
  });

  it("refuses a token whose member or scope was changed", async () => {
    const [member, other] = await bareMembers(2);
    const token = unsubscribeToken(member.id, "RATING");
    const [payload, signature] = token.split(".");
    const forged = `${Buffer.from(`${other.id}:RATING`).toString("base64url")}.${signature}`;
    expect(await readUnsubscribeToken(forged)).toBeNull();
    expect(await readUnsubscribeToken(`${payload}.${signature.slice(1)}`)).toBeNull();
    expect(await readUnsubscribeToken("nonsense")).toBeNull();
  });
});
