import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";
import { LIMITS } from "@/lib/rate-limit/limits";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { GET } from "./route";

const ask = (prefix: string, address = `198.51.100.${Math.floor(Math.random() * 250)}`) =>
  GET(
    new NextRequest(`http://localhost/api/tags/suggest?prefix=${encodeURIComponent(prefix)}`, {
      headers: { [SOCKET_ADDRESS_HEADER]: address },
    }),
  );

describe("GET /api/tags/suggest", () => {
  it("answers tags in use starting with what is typed, normalised, briefly cacheable by the browser alone", async () => {
    const stem = `qz${crypto.randomUUID().slice(0, 6)}`;
    const artwork = await bareArtwork((await createTestUser()).id);
    await db.$transaction((tx) => replaceArtworkTags(tx, artwork.id, [`${stem}-ink`, `${stem}-wash`]));

    const response = await ask(`#${stem.toUpperCase()}-i`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=60");
    expect(await response.json()).toEqual({ tags: [`${stem}-ink`] });
  });

  it("answers nothing, not an error, for what cannot start a tag", async () => {
    for (const prefix of ["", "%", "' OR 1=1 --", "🎨", "x".repeat(2_000)]) {
      const response = await ask(prefix);
      expect(response.status, prefix).toBe(200);
      expect(await response.json(), prefix).toEqual({ tags: [] });
    }
  });

  it("refuses an address past its limit", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let turn = 0; turn < LIMITS.tagSuggestion.max; turn++) statuses.push((await ask("ab", address)).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    // The allowance refills as time passes (lib/rate-limit): a few more asks at once outrun it.
    let refused = await ask("ab", address);
    for (let extra = 0; extra < 20 && refused.status === 200; extra++) refused = await ask("ab", address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
