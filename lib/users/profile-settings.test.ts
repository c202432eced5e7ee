import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/lib/testing/factories";
import { getProfileSettings, updateProfileDetails } from "@/lib/users/profile-settings";

describe("the profile settings of a member", () => {
  it("start empty, with the username as the name others see and the generated avatar", async () => {
    const member = await createTestUser();
    expect(await getProfileSettings(member.id)).toMatchObject({
      displayName: "",
      bio: "",
      author: { username: member.username, name: member.username, avatar: null },
    });
  });

  it("show what was saved, and the avatar's square crops in both formats", async () => {
    const member = await createTestUser();
    await updateProfileDetails(member.id, { displayName: "Mira Okafor", bio: "Ink." });
    await db.user.update({ where: { id: member.id }, data: { avatarKey: "0123456789abcdef01234567" } });
    const settings = await getProfileSettings(member.id);
    expect(settings).toMatchObject({ displayName: "Mira Okafor", bio: "Ink.", author: { name: "Mira Okafor" } });
    expect(settings?.author.avatar?.avif.map((source) => source.url)).toEqual([
      "/media/avatars/0123456789abcdef01234567/64.avif",
      "/media/avatars/0123456789abcdef01234567/256.avif",
    ]);
    expect(settings?.author.avatar?.webp.map((source) => `${source.width}x${source.height}`)).toEqual(["64x64", "256x256"]);
  });

  it("are nothing for a member who does not exist", async () => {
    expect(await getProfileSettings("no-such-member")).toBeNull();
  });
});
