import { describe, expect, it } from "vitest";
import { ARTWORK_GONE } from "@/lib/art/refusals";
import { NOT_YOUR_COMMENT, addComment, deleteOwnComment, listComments } from "@/lib/comments/comments";
import { overLimitMessage } from "@/lib/rate-limit/wait";
import { done, refused } from "@/lib/result";
import { LIMITS } from "@/lib/rate-limit/limits";
import { db } from "@/lib/db";
import { bareArtwork } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

describe("comments", () => {
  it("lists comments oldest first with their author", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Talked about");
    await addComment(artwork.id, fan.id, "First", new Date("2026-01-01T10:00:00Z"));
    await addComment(artwork.id, artist.id, "Second", new Date("2026-01-01T10:05:00Z"));
    const comments = await listComments(artwork.id);
    expect(comments.map((comment) => [comment.body, comment.author.username])).toEqual([
      ["First", fan.username],
      ["Second", artist.username],
    ]);
  });

  it("refuses a comment on an artwork that does not exist", async () => {
    const member = await createTestUser();
    expect(await addComment("nosuchartwork000", member.id, "Hello?")).toEqual(refused(ARTWORK_GONE));
  });

  it("refuses a comment on an artwork moderators hid, from anyone, its owner included", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Talked about");
    await db.artwork.update({ where: { id: artwork.id }, data: { hiddenAt: new Date(), hiddenReason: "Stolen" } });
    expect(await addComment(artwork.id, fan.id, "Still here?")).toEqual(refused(ARTWORK_GONE));
    expect(await addComment(artwork.id, artist.id, "Mine")).toEqual(refused(ARTWORK_GONE));
    expect(await db.comment.count({ where: { artworkId: artwork.id } })).toBe(0);
  });

  it("limits each member to a number of comments a minute, storing nothing past it", async () => {
    const [artist, chatty] = [await createTestUser(), await createTestUser("chatty")];
    const artwork = await bareArtwork(artist.id, "Talked about");
    const now = new Date();
    const { max, windowMs } = LIMITS.comment;
    for (let i = 0; i < max; i++) expect((await addComment(artwork.id, chatty.id, `#${i}`, now)).ok).toBe(true);
    expect(await addComment(artwork.id, chatty.id, "one more", now)).toEqual(
      refused(overLimitMessage("post", "comment", LIMITS.comment, windowMs / max), "body"),
    );
    expect(await db.comment.count({ where: { authorId: chatty.id } })).toBe(max);
    expect((await addComment(artwork.id, artist.id, "others still can", now)).ok).toBe(true);
    expect((await addComment(artwork.id, chatty.id, "later", new Date(now.getTime() + windowMs / max))).ok).toBe(true);
  });

  it("lets no more than the limit's comments through when a member sends many at once", async () => {
    const [artist, flooder] = [await createTestUser(), await createTestUser("flooder")];
    const artwork = await bareArtwork(artist.id, "Talked about");
    await Promise.all(Array.from({ length: 30 }, (_, i) => addComment(artwork.id, flooder.id, `flood ${i}`)));
    expect(await db.comment.count({ where: { authorId: flooder.id } })).toBe(LIMITS.comment.max);
  });

  it("takes no turn for a comment that was refused for another reason", async () => {
    const [artist, fan] = [await createTestUser(), await createTestUser("fan")];
    const artwork = await bareArtwork(artist.id, "Talked about");
    for (let i = 0; i < LIMITS.comment.max; i++) await addComment("no-such-artwork", fan.id, "lost");
    expect((await addComment(artwork.id, fan.id, "found it")).ok).toBe(true);
  });

  it("lets the author delete their comment, and nobody else", async () => {
    const [artist, author, intruder] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const artwork = await bareArtwork(artist.id, "Talked about");
    const added = await addComment(artwork.id, author.id, "Mine");
    if (!added.ok) throw new Error("comment refused");
    expect(await deleteOwnComment(added.value, intruder.id)).toEqual(refused(NOT_YOUR_COMMENT));
    expect(await deleteOwnComment(added.value, artist.id)).toEqual(refused(NOT_YOUR_COMMENT));
    expect(await db.comment.count({ where: { id: added.value } })).toBe(1);
    expect(await deleteOwnComment(added.value, author.id)).toEqual(done(artwork.id));
    expect(await db.comment.count({ where: { id: added.value } })).toBe(0);
  });
});
