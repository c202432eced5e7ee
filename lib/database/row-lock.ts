import "server-only";
import { FOR_UPDATE } from "@/lib/database/dialect";
import { Prisma } from "@/lib/generated/prisma/client";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The tables whose rows a transaction locks: each guards a rule or a total kept on it. */
type LockedTable = "Artwork" | "ChatRoom" | "User";

/**
 * Locks one row until the caller's transaction ends, and says whether it
 * exists. A transaction that reads a row and writes what it read (totals,
 * a count of admins, a file to replace) takes this first, so a concurrent
 * one waits and then reads the committed result instead of the same stale
 * value. Every such transaction locks in the same order (the admins, then
 * the member acting, then the room or artworks it changes), so two of them
 * cannot deadlock.
 */
export async function lockRow(tx: Client, table: LockedTable, id: string): Promise<boolean> {
  return (await lockRows(tx, table, [id])) === 1;
}

/** Locks several rows of a table, in id order (see lockRow), and answers how many exist. */
export async function lockRows(tx: Client, table: LockedTable, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" ${FOR_UPDATE}`;
  return rows.length;
}

/**
 * Locks every admin's row: a change that could leave the collective
 * without an admin counts the others only after this, so two admins
 * stepping down at once run one after the other. Ordered, so concurrent
 * lockers take the rows in the same order.
 */
export async function lockAdmins(tx: Client): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "role" = 'ADMIN' ORDER BY "id" ${FOR_UPDATE}`;
}
