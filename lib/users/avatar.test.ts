import sharp from "sharp";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { solid } from "@/lib/testing/images";
import { done, refused } from "@/lib/result";
import { storage } from "@/lib/storage";
import { filesOnDisk } from "@/lib/testing/artworks";
import { createTestUser } from "@/lib/testing/factories";
import { avatarFileKeys, removeAvatar, setAvatar } from "@/lib/users/avatar";

// Test files run in parallel; each check looks only at the folders its own
// test wrote (seen through a spy on the storage) or at its own members.

afterEach(() => vi.restoreAllMocks());

/** The avatar folders written to from now on in this test. */
function watchWrites(): () => string[] {
  const put = vi.spyOn(storage, "put");
  return () => [...new Set(put.mock.calls.map(([key]) => key.split("/")[1]))];
}

async function filesIn(folder: string): Promise<string[]> {
  return (await filesOnDisk("avatars")).filter((file) => file.startsWith(`avatars/${folder}/`));
}

const picture = (colour: string) => solid(300, 200, colour).png().toBuffer();

async function avatarKeyOf(userId: string): Promise<string | null> {
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarKey: true } })).avatarKey;
}

async function uploaded(userId: string, colour = "#3366cc"): Promise<string> {
  expect(await setAvatar(userId, await picture(colour))).toEqual(done());
  const key = await avatarKeyOf(userId);
  if (!key) throw new Error("no avatar was set");
  return key;
}

describe("a member's avatar files", () => {
  it("stores four square files under a new folder and points the member at it", async () => {
    const user = await createTestUser();
    const key = await uploaded(user.id);
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect((await filesIn(key)).sort()).toEqual(avatarFileKeys(key).sort());
    const large = Buffer.from(await new Response((await storage.read(`avatars/${key}/256.webp`))!.stream).arrayBuffer());
    expect(await sharp(large).metadata()).toMatchObject({ format: "webp", width: 256, height: 256 });
  });

  it("gives every upload a new folder and removes the replaced one's files", async () => {
    const user = await createTestUser();
    const first = await uploaded(user.id, "#aa0000");
    const second = await uploaded(user.id, "#00aa00");
    expect(second).not.toBe(first);
    expect(await filesIn(first)).toEqual([]);
    expect(await filesIn(second)).toHaveLength(4);
  });

  it("keeps the current avatar and writes nothing when the file is refused", async () => {
    const user = await createTestUser();
    const key = await uploaded(user.id);
    const written = watchWrites();
    expect(await setAvatar(user.id, Buffer.from("a text file, not a picture"))).toEqual(
      refused("This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.", "avatar"),
    );
    expect(written()).toEqual([]);
    expect(await avatarKeyOf(user.id)).toBe(key);
    expect(await filesIn(key)).toHaveLength(4);
  });

  it("leaves no files behind when the database write fails", async () => {
    const written = watchWrites();
    await expect(setAvatar("no-such-user", await picture("#123456"))).rejects.toThrow();
    expect(written()).toHaveLength(1);
    expect(await filesIn(written()[0])).toEqual([]);
  });

  it("removing clears the member's avatar and deletes its files", async () => {
    const user = await createTestUser();
    const key = await uploaded(user.id);
    await removeAvatar(user.id);
    expect(await avatarKeyOf(user.id)).toBeNull();
    expect(await filesIn(key)).toEqual([]);
  });

  it("two uploads at once leave one avatar and no unreferenced folder", async () => {
    const user = await createTestUser();
    const written = watchWrites();
    await Promise.all([setAvatar(user.id, await picture("#111111")), setAvatar(user.id, await picture("#eeeeee"))]);
    const key = await avatarKeyOf(user.id);
    expect(written()).toHaveLength(2);
    expect(written()).toContain(key);
    for (const folder of written()) expect(await filesIn(folder)).toHaveLength(folder === key ? 4 : 0);
  });

  it("changes only the member it is given", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser()];
    const otherKey = await uploaded(other.id);
    await uploaded(owner.id);
    await removeAvatar(owner.id);
    expect(await avatarKeyOf(other.id)).toBe(otherKey);
    expect(await filesIn(otherKey)).toHaveLength(4);
  });
});
