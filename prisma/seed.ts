/**
 * Demo content for development: a few members and one admin, with the
 * passwords documented in the README. Refuses to run in production.
 */
import "../scripts/load-env";
import { parseArgs } from "node:util";
import { publishArtwork } from "@/lib/art/publish";
import { storeMessage } from "@/lib/chat/messages";
import { insertComment } from "@/lib/comments/comments";
import { tellQuietly } from "@/lib/notifications/notify";
import { createRoom } from "@/lib/chat/rooms";
import { fileReport } from "@/lib/moderation/reports/filing";
import { createAccount } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { generativeImage } from "@/lib/demo/generative-art";
import { prepareImage } from "@/lib/images/pipeline";
import { appJobWorker } from "@/lib/jobs/app-worker";
import { usernameKey } from "@/lib/auth/schemas";
import { DEMO_ARTWORKS, DEMO_COMMENTS, DEMO_ROOMS } from "./demo-content";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/client";

export const DEMO_MEMBER_PASSWORD = "demo-artist-pass";
export const DEMO_ADMIN_PASSWORD = "demo-curator-pass";

const demoAccounts: { username: string; password: string; role: Role }[] = [
  { username: "curator", password: DEMO_ADMIN_PASSWORD, role: "ADMIN" },
  { username: "mira_paints", password: DEMO_MEMBER_PASSWORD, role: "USER" },
  { username: "kenji-ink", password: DEMO_MEMBER_PASSWORD, role: "USER" },
  { username: "ada_sketches", password: DEMO_MEMBER_PASSWORD, role: "USER" },
];

async function main() {
  if (env.NODE_ENV === "production") {
    console.error("Refusing to seed demo accounts with known passwords into a production database.");
    process.exit(1);
  }
  const { values: flags } = parseArgs({ options: { "if-empty": { type: "boolean" } } });
  if (flags["if-empty"] && (await db.user.count()) > 0) {
    console.log("Database already has members; demo data not added.");
    return;
  }
  for (const account of demoAccounts) {
    // Demo members have confirmed addresses (example.com has no real mailboxes), so they may upload and start rooms.
    const result = await createAccount({ ...account, email: `${account.username}@example.com`, emailVerified: true }, account.role);
    console.log(result.ok ? `Created ${account.role.toLowerCase()} ${account.username}` : `Kept existing ${account.username}`);
  }
  await seedArtworks();
  await seedComments();
  await seedChatRooms();
  await seedReport();
}

async function userId(username: string) {
  return (await db.user.findUniqueOrThrow({ where: { usernameKey: usernameKey(username) }, select: { id: true } })).id;
}

async function seedArtworks() {
  for (const [username, artworks] of Object.entries(DEMO_ARTWORKS)) {
    const authorId = await userId(username);
    if (await db.artwork.count({ where: { authorId } })) continue;
    for (const art of artworks) {
      const prepared = await prepareImage(await generativeImage(art.seed, art.width, art.height, art.format === "png" ? "png" : "jpeg"));
      if (!prepared.ok) throw new Error(`demo artwork "${art.title}" refused: ${prepared.message}`);
      const published = await publishArtwork(authorId, art, prepared.value);
      if (!published.ok) throw new Error(`demo artwork "${art.title}" refused: ${published.message}`);
      await appJobWorker().runDue();
      console.log(`Uploaded "${art.title}" for ${username}`);
    }
  }
}

/** With their notifications (the bell shows them at the first page load: no realtime server is told). */
async function seedComments() {
  if (await db.comment.count()) return;
  for (const comment of DEMO_COMMENTS) {
    const artwork = await db.artwork.findFirst({ where: { title: comment.artwork }, select: { id: true, authorId: true } });
    if (!artwork) continue;
    const authorId = await userId(comment.author);
    await db.$transaction((tx) =>
      insertComment(tx, (event) => tellQuietly(tx, event), {
        artworkId: artwork.id,
        artworkAuthorId: artwork.authorId,
        authorId,
        body: comment.body,
        now: new Date(),
      }),
    );
  }
}

/** Written straight to the tables: posting would broadcast to a realtime server that may not be running yet. */
async function seedChatRooms() {
  if (await db.chatRoom.count()) return;
  const messageCount = DEMO_ROOMS.reduce((sum, room) => sum + room.messages.length, 0);
  let sentAt = Date.now() - messageCount * 60_000;
  for (const room of DEMO_ROOMS) {
    const created = await createRoom(await userId(room.createdBy), room);
    if (!created.ok) continue;
    const { id: roomId } = await db.chatRoom.findUniqueOrThrow({ where: { slug: created.value }, select: { id: true } });
    for (const message of room.messages) {
      sentAt += 60_000;
      await storeMessage({ roomId, authorId: await userId(message.author), body: message.body, createdAt: new Date(sentAt) });
    }
    console.log(`Opened chat room "${room.name}"`);
  }
}

/** One open report, so the moderators' queue shows what it looks like. */
async function seedReport() {
  if (await db.report.count()) return;
  const artwork = await db.artwork.findFirst({ where: { title: "Night Market" }, select: { id: true } });
  if (!artwork) return;
  const filed = await fileReport(await userId("ada_sketches"), {
    target: { type: "ARTWORK", id: artwork.id },
    category: "STOLEN_ART",
    note: "I think I have seen this exact piece on another site under a different name.",
  });
  console.log(filed.ok ? "Filed a demo report for the moderation queue" : `Demo report refused: ${filed.message}`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
