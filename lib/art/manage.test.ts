import { describe, expect, it } from "vitest";
import { updateArtwork } from "@/lib/art/manage";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";

/** A row without files: editing words needs no media (publish.test.ts covers files). */
async function bareArtwork(authorId: string) {
  return db.artwork.create({
    data: { authorId, title: "Original", width: 100, height: 100, placeholder: "AAAA", dominantColor: "#000000", mediaKey: crypto.randomUUID().replaceAll("-", "") },
  });
}

describe("editing artwork", () => {
  it("lets the owner change the title and description", async () => {
    const owner = await createTestUser();
    const artwork = await bareArtwork(owner.id);
    expect(await updateArtwork(artwork.id, owner.id, { title: "Renamed", description: "Now with words" })).toBe(true);
    expect(await db.artwork.findUnique({ where: { id: artwork.id } })).toMatchObject({ title: "Renamed", description: "Now with words" });
  });

  it("refuses another member and changes nothing", async () => {
    const [owner, intruder] = [await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(owner.id);
    expect(await updateArtwork(artwork.id, intruder.id, { title: "Hijacked", description: "" })).toBe(false);
    expect((await db.artwork.findUniqueOrThrow({ where: { id: artwork.id } })).title).toBe("Original");
  });
});
