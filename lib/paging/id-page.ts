import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { loadPage, type Page } from "@/lib/paging/page";

/**
 * A list searched or filtered in SQL: its table as `t` (joined to what the
 * search reads), its conditions and its order. Identifiers come from
 * constants in code, never from the request.
 */
export type IdQuery = { from: Prisma.Sql; where: Prisma.Sql[]; orderBy: Prisma.Sql };

/**
 * One page of ids (see loadPage for a page past the end). The rows are then
 * read by id with Prisma, in one more query: never one per row.
 */
export async function loadIdPage<Id>({ from, where, orderBy }: IdQuery, requestedPage: number, pageSize: number): Promise<Page<Id>> {
  const condition = where.length > 0 ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  return loadPage(
    requestedPage,
    pageSize,
    async () => {
      const [{ total }] = await db.$queryRaw<{ total: bigint | number }[]>`SELECT COUNT(*) AS total FROM ${from} ${condition}`;
      return Number(total);
    },
    async ({ skip, take }) => {
      const rows = await db.$queryRaw<
        { id: Id }[]
      >`SELECT t."id" AS id FROM ${from} ${condition} ORDER BY ${orderBy} LIMIT ${take} OFFSET ${skip}`;
      return rows.map((row) => row.id);
    },
  );
}

/** Rows read by id come back in any order: this puts them in the ids' order, leaving out any deleted meanwhile. */
export function inOrder<Row extends { id: Id }, Id>(ids: Id[], rows: Row[]): Row[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
