import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { containsPattern, containsText } from "@/lib/database/text-search";
import { Prisma } from "@/lib/generated/prisma/client";

/** Whether the database finds the search in the value, asked the way lists ask it. */
async function finds(value: string | null, search: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ found: bigint | number | null }[]>`SELECT ${containsText([Prisma.sql`${value}`], search)} AS found`;
  return Number(row.found) === 1;
}

describe("searching text", () => {
  it("escapes LIKE's wildcards and its escape character", () => {
    expect(containsPattern("100%_off\\")).toBe("%100\\%\\_off\\\\%");
  });

  it("finds the text anywhere in the value, ignoring case", async () => {
    expect(await finds("Sunset over the bay", "OVER")).toBe(true);
    expect(await finds("Sunset over the bay", "dawn")).toBe(false);
    expect(await finds(null, "x")).toBe(false);
  });

  it("takes %, _ and \\ as themselves", async () => {
    expect(await finds("100% off", "100%")).toBe(true);
    expect(await finds("1000 off", "100%")).toBe(false);
    expect(await finds("snake_case", "e_c")).toBe(true);
    expect(await finds("snakeXcase", "e_c")).toBe(false);
    expect(await finds("back\\slash", "k\\s")).toBe(true);
    expect(await finds("backslash", "k\\s")).toBe(false);
  });

  it("matches when any of the columns does", async () => {
    const [row] = await db.$queryRaw<
      { found: bigint | number }[]
    >`SELECT ${containsText([Prisma.sql`${"Title"}`, Prisma.sql`${"Ada"}`], "ada")} AS found`;
    expect(Number(row.found)).toBe(1);
  });
});
