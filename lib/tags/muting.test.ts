import { describe, expect, it } from "vitest";
import { listArtworks } from "@/lib/art/queries";
import { db } from "@/lib/db";
import { done, refused } from "@/lib/result";
import { replaceArtworkTags } from "@/lib/tags/artwork-tags";
import { listMutedTags, muteTag, MUTED_TAGS_MAX, mutedTagsHiding, unmuteTag } from "@/lib/tags/muting";
import { listTagArtworks } from "@/lib/tags/tag-page";
import { findTag } from "@/lib/tags/tags";
import { createArtworkRow } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";

const fresh = (stem: string) => `${stem}-${crypto.randomUUID().slice(0, 8)}`;

async function artworkTagged(authorId: string, title: string, tags: string[], minutesAgo = 0) {
  const artwork = await createArtworkRow(authorId, { title, createdAt: new Date(Date.now() - minutesAgo * 60_000) });
  await db.$transaction((tx) => replaceArtworkTags(tx, artwork.id, tags));
  return artwork;
}

const order = { sort: "new", period: "all" } as const;
const titles = (page: { items: { title: string }[] }) => page.items.map((item) => item.title);

describe("muting a tag", () => {
  it("mutes a tag in use, once however often it is sent", async () => {
    const [member, artist] = [await createTestUser(), await createTestUser()];
    const spiders = fresh("spiders");
    await artworkTagged(artist.id, "Web", [spiders]);
    const tag = (await findTag(spiders))!;

    expect(await muteTag(member.id, spiders)).toEqual(
      done({ id: tag.id, name: spiders }, `Muted #${spiders}: its artwork no longer shows in your lists.`),
    );
    expect(await muteTag(member.id, spiders)).toEqual(done({ id: tag.id, name: spiders }, `#${spiders} is already muted.`));
    expect(await listMutedTags(member.id)).toEqual([{ id: tag.id, name: spiders }]);
  });

  it("refuses a tag no artwork has carried, next to the field", async () => {
    const member = await createTestUser();
    const typo = fresh("nowhere");
    expect(await muteTag(member.id, typo)).toEqual(refused(`No artwork is tagged #${typo}, so there is nothing to mute`, "tag"));
    expect(await listMutedTags(member.id)).toEqual([]);
  });

  it(`stops at ${MUTED_TAGS_MAX} muted tags`, async () => {
    const member = await createTestUser();
    const names = Array.from({ length: MUTED_TAGS_MAX + 1 }, () => fresh("many"));
    await db.tag.createMany({ data: names.map((name) => ({ name })) });
    const tags = await db.tag.findMany({ where: { name: { in: names.slice(0, MUTED_TAGS_MAX) } }, select: { id: true } });
    await db.mutedTag.createMany({ data: tags.map((tag) => ({ userId: member.id, tagId: tag.id })) });

    expect(await muteTag(member.id, names[MUTED_TAGS_MAX])).toEqual(
      refused(`You can mute at most ${MUTED_TAGS_MAX} tags. Unmute one to make room.`, "tag"),
    );
    expect(await db.mutedTag.count({ where: { userId: member.id } })).toBe(MUTED_TAGS_MAX);
  });

  it("unmutes only the member's own mute", async () => {
    const [member, intruder, artist] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const name = fresh("gore");
    await artworkTagged(artist.id, "Gory", [name]);
    const muted = await muteTag(member.id, name);
    if (!muted.ok) throw new Error(muted.message);

    expect(await unmuteTag(intruder.id, muted.value.id)).toEqual(refused("This tag is not muted."));
    expect(await listMutedTags(member.id)).toHaveLength(1);
    expect(await unmuteTag(member.id, muted.value.id)).toEqual(done(undefined, `Unmuted #${name}.`));
    expect(await listMutedTags(member.id)).toEqual([]);
  });
});

describe("what a muted tag hides", () => {
  it("leaves its artwork out of another artist's gallery and the tag's page, counted so pages stay full", async () => {
    const [member, other, artist] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const [spiders, ink] = [fresh("spiders"), fresh("ink")];
    // Seven artworks, two of them with the muted tag: six fit a page, so the count decides whether a second page exists.
    for (let index = 0; index < 5; index++) await artworkTagged(artist.id, `Plain ${index}`, [ink], index + 10);
    await artworkTagged(artist.id, "Spider A", [ink, spiders], 1);
    await artworkTagged(artist.id, "Spider B", [spiders], 2);
    await muteTag(member.id, spiders);

    const forMember = await listArtworks({ page: 1, authorId: artist.id, order, viewerId: member.id });
    expect(titles(forMember)).toEqual(["Plain 0", "Plain 1", "Plain 2", "Plain 3", "Plain 4"]);
    expect(forMember).toMatchObject({ total: 5, pageCount: 1 });
    const forOther = await listArtworks({ page: 1, authorId: artist.id, order, viewerId: other.id });
    expect(forOther).toMatchObject({ total: 7, pageCount: 2 });
    expect(titles(forOther).slice(0, 2)).toEqual(["Spider A", "Spider B"]);
    // The artist's own gallery is not filtered (the page passes no viewer for them), nor a visitor's.
    expect((await listArtworks({ page: 1, authorId: artist.id, order })).total).toBe(7);

    const inkForMember = await listTagArtworks({ tagId: (await findTag(ink))!.id, page: 1, order, viewerId: member.id });
    expect(inkForMember.total).toBe(5);
    expect(titles(inkForMember)).not.toContain("Spider A");
    const inkForOther = await listTagArtworks({ tagId: (await findTag(ink))!.id, page: 1, order, viewerId: other.id });
    expect(titles(inkForOther)[0]).toBe("Spider A");
    expect(inkForOther.total).toBe(6);

    expect(await mutedTagsHiding(member.id, { authorId: artist.id })).toEqual([spiders]);
    expect(await mutedTagsHiding(member.id, { tagId: (await findTag(ink))!.id })).toEqual([spiders]);
    expect(await mutedTagsHiding(other.id, { authorId: artist.id })).toEqual([]);
    expect(await mutedTagsHiding(undefined, { authorId: artist.id })).toEqual([]);
    // An artist with nothing tagged so: no note on their profile.
    expect(await mutedTagsHiding(member.id, { authorId: other.id })).toEqual([]);
  });
});
