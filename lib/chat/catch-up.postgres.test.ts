import pg from "pg";
import { afterEach, expect, it, vi } from "vitest";
import { listMessages, postMessage } from "@/lib/chat/messages";
import { env } from "@/lib/env";
import { createTestRoom } from "@/lib/testing/content";
import { createTestUser } from "@/lib/testing/factories";

await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

const holder = new pg.Client({ connectionString: env.database.provider === "postgresql" ? env.database.url : "" });
afterEach(() => holder.end());

/** Sessions of this database waiting for a lock: how the test knows a send has reached the point it holds it at. */
async function sessionsWaitingForLocks(): Promise<number> {
  const { rows } = await holder.query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return rows[0].waiting;
}

async function untilWaiting(count: number, orSettled?: Promise<unknown>): Promise<void> {
  let settled = false;
  void orSettled?.finally(() => (settled = true));
  while (!settled && (await sessionsWaitingForLocks()) < count) await new Promise((resolve) => setTimeout(resolve, 10));
}

it("misses no message when one send commits after a later one", async () => {
  const [slow, quick] = [await createTestUser("slow"), await createTestUser("quick")];
  const room = await createTestRoom(slow.id);
  await holder.connect();
  // Holding the slow author's row stalls their send inside its transaction (the message's
  // foreign key waits for it) while the quick author's send goes on.
  await holder.query("BEGIN");
  await holder.query(`SELECT 1 FROM "User" WHERE "id" = $1 FOR UPDATE`, [slow.id]);
  const first = postMessage(room.id, slow.id, "sent first");
  await untilWaiting(1);
  const second = postMessage(room.id, quick.id, "sent second");
  await untilWaiting(2, second);

  // A page that catches up now, and again once everything is committed.
  const seen = (await listMessages(room.id, { after: 0 })).messages;
  await holder.query("COMMIT");
  expect([(await first).ok, (await second).ok]).toEqual([true, true]);
  const cursor = seen.at(-1)?.seq ?? 0;
  seen.push(...(await listMessages(room.id, { after: cursor })).messages);

  expect(seen.map((message) => message.body)).toEqual(["sent first", "sent second"]);
});
