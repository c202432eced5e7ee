import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rateArtwork } from "@/lib/ratings/ratings";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import { listTagArtworks } from "@/lib/tags/tag-page";
import { findTag, POPULAR_TAGS_KEPT_MS, popularTags, suggestTags } from "@/lib/tags/tags";
import { muteTag } from "@/lib/tags/muting";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import type { Period, Sort } from "@/lib/art/gallery-order";

const fresh = (stem: string) => `${stem}-${crypto.randomUUID().slice(0, 8)}`;

async function artworkTagged(authorId: string, title: string, tags: string[], daysAgo: number) {
  const createdAt = new Date(Date.now() - daysAgo * 86_400_000);
  const artwork = await createArtworkRow(authorId, { title, createdAt, hotScore: createdAt.getTime() / 1000 / 45_000 });
  await db.$transaction((tx) => replaceArtworkTags(tx, artwork.id, tags));
  return artwork;
}

describe("a tag's page", () => {
  it("lists the tag's visible artwork in each order, a period limiting top rated", async () => {
    const [artist, raters] = [await createTestUser(), await Promise.all(Array.from({ length: 3 }, () => createTestUser("rater")))];
    const tag = fresh("harbour");
    const old = await artworkTagged(artist.id, "Old favourite", [tag], 20);
    const single = await artworkTagged(artist.id, "One perfect vote", [tag], 2);
    await artworkTagged(artist.id, "Fresh", [tag], 0.1);
    await artworkTagged(artist.id, "Other tag", [fresh("lake")], 0.05);
    const hidden = await artworkTagged(artist.id, "Hidden", [tag], 0.01);
    // Ratings and a moderator's hide change Artwork; the triggers carry them to the tag's rows.
    for (const rater of raters) await rateArtwork(old.id, rater.id, 5);
    await rateArtwork(single.id, raters[0].id, 5);
    await db.artwork.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Off topic" } });

    const tagId = (await findTag(tag))!.id;
    const titles = async (sort: Sort, period: Period = "all") =>
      (await listTagArtworks({ tagId, page: 1, order: { sort, period } })).items.map((item) => item.title);
    expect(await titles("new")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
    expect(await titles("top")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("most")).toEqual(["Old favourite", "One perfect vote", "Fresh"]);
    expect(await titles("top", "week")).toEqual(["One perfect vote", "Fresh"]);
    expect(await titles("hot")).toEqual(["Fresh", "One perfect vote", "Old favourite"]);
    expect((await listTagArtworks({ tagId, page: 1, order: { sort: "new", period: "all" } })).total).toBe(3);
  });

  it("pages six at a time, clamping a page past the end", async () => {
    const artist = await createTestUser();
    const tag = fresh("many");
    for (let index = 0; index < 8; index++) await artworkTagged(artist.id, `Piece ${index}`, [tag], index);
    const tagId = (await findTag(tag))!.id;
    const second = await listTagArtworks({ tagId, page: 2, order: { sort: "new", period: "all" } });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 8 });
    expect(second.items.map((item) => item.title)).toEqual(["Piece 6", "Piece 7"]);
    expect((await listTagArtworks({ tagId, page: 9, order: { sort: "new", period: "all" } })).page).toBe(2);
  });
});

describe("finding tags", () => {
  it("suggests tags in use that start with the prefix, most used first", async () => {
    const artist = await createTestUser();
    const stem = `zq${crypto.randomUUID().slice(0, 6)}`;
    await artworkTagged(artist.id, "A", [`${stem}-rare`, `${stem}-common`], 1);
    await artworkTagged(artist.id, "B", [`${stem}-common`], 1);
    await artworkTagged(artist.id, "C", [`${stem}x`], 1);
    const unused = await artworkTagged(artist.id, "D", [`${stem}-gone`], 1);
    await db.$transaction((tx) => replaceArtworkTags(tx, unused.id, []));

    expect(await suggestTags(stem)).toEqual([`${stem}-common`, `${stem}-rare`, `${stem}x`]);
    expect(await suggestTags(`${stem}-`)).toEqual([`${stem}-common`, `${stem}-rare`]);
    expect(await suggestTags("")).toEqual([]);
  });

  it("finds tags of any script by prefix", async () => {
    const artist = await createTestUser();
    const name = `水彩${crypto.randomUUID().slice(0, 6)}`;
    await artworkTagged(artist.id, "Ink wash", [name], 1);
    expect(await suggestTags("水彩")).toContain(name);
  });

  it("lists popular tags without the viewer's muted ones", async () => {
    const [artist, member] = [await createTestUser(), await createTestUser()];
    const top = fresh("top");
    // More uses than any other test gives a tag, so it is among the twenty.
    for (let index = 0; index < 30; index++) await artworkTagged(artist.id, `Popular ${index}`, [top], 1);
    const popular = await popularTags();
    expect(popular.map((tag) => tag.name)).toContain(top);
    expect(popular.map((tag) => tag.usageCount)).toEqual(popular.map((tag) => tag.usageCount).sort((a, b) => b - a));
    await muteTag(member.id, top);
    expect((await popularTags(member.id)).map((tag) => tag.name)).not.toContain(top);
  });

  it("serves visitors the popular tags read within the last minute, a member always afresh", async () => {
    const artist = await createTestUser();
    const readAt = Date.now() + 3_600_000;
    await popularTags(undefined, { now: readAt });
    const risen = fresh("risen");
    for (let index = 0; index < 40; index++) await artworkTagged(artist.id, `Risen ${index}`, [risen], 1);

    const names = async (viewerId?: string, now?: number) => (await popularTags(viewerId, { now })).map((tag) => tag.name);
    expect(await names(undefined, readAt + POPULAR_TAGS_KEPT_MS - 1)).not.toContain(risen);
    expect(await names(artist.id)).toContain(risen);
    expect(await names(undefined, readAt + POPULAR_TAGS_KEPT_MS)).toContain(risen);
  });
});
