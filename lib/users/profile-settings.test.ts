import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { done } from "@/lib/result";
import { createTestUser } from "@/lib/testing/factories";
import { getProfileSettings, updateProfileDetails } from "@/lib/users/profile-settings";
import { DISPLAY_NAME_OF_ANOTHER_MEMBER, profileDetailsSchema } from "@/lib/users/schemas";

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

  it("store a display name composed, however its accents were typed", async () => {
    const member = await createTestUser();
    await updateProfileDetails(member.id, profileDetailsSchema.parse({ displayName: "Ze\u0301lie", bio: "Cafe\u0301 sketches" }));
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { displayName: true, bio: true } })).toEqual({
      displayName: "Z\u00E9lie",
      bio: "Caf\u00E9 sketches",
    });
  });

  it("refuse a display name that reads as another member's username, in any case, width or lookalike letters, and keep the old one", async () => {
    const member = await createTestUser();
    const other = await createTestUser("mira");
    await updateProfileDetails(member.id, { displayName: "Before", bio: "" });
    const fullwidth = [...other.username].map((char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0)).join("");
    // The username in capitals, fullwidth, and with a Cyrillic а for the Latin a.
    for (const displayName of [other.username.toUpperCase(), fullwidth, other.username.replace("a", "\u0430")]) {
      expect(await updateProfileDetails(member.id, { displayName, bio: "" }), displayName).toEqual({
        ok: false,
        message: DISPLAY_NAME_OF_ANOTHER_MEMBER,
        field: "displayName",
      });
    }
    expect((await getProfileSettings(member.id))?.displayName).toBe("Before");
  });

  it("let a member show their own username, in any case, as their display name", async () => {
    const member = await createTestUser();
    expect(await updateProfileDetails(member.id, { displayName: member.username.toUpperCase(), bio: "" })).toEqual(done());
    expect((await getProfileSettings(member.id))?.displayName).toBe(member.username.toUpperCase());
  });

  it("are nothing for a member who does not exist", async () => {
    expect(await getProfileSettings("no-such-member")).toBeNull();
  });
});
