import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { solid } from "@/lib/testing/images";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { createTestUser } from "@/lib/testing/factories";
import { changeAvatar, saveProfileDetails } from "./actions";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

type Member = { id: string; username: string };

async function png(): Promise<File> {
  return new File([new Uint8Array(await solid(200, 200, "#cc6633").png().toBuffer())], "me.png", { type: "image/png" });
}

async function profileOf(member: Member) {
  return db.user.findUniqueOrThrow({ where: { id: member.id }, select: { displayName: true, bio: true, avatarKey: true } });
}

/** The profile of a member that nobody but them may change. */
async function bystander() {
  const member = await createTestUser("bystander");
  request.actAs(member);
  await saveProfileDetails(initialFormState, formData({ displayName: "Original Name", bio: "Original bio" }));
  await changeAvatar(initialFormState, formData({ intent: "upload", avatar: await png() }));
  const before = await profileOf(member);
  expect(before.avatarKey).not.toBeNull();
  return { member, before };
}

beforeEach(() => vi.clearAllMocks());

describe("saving the display name and bio", () => {
  it("stores the trimmed values, shows them back and re-renders every page that shows the member", async () => {
    const member = await createTestUser();
    request.actAs(member);
    const state = await saveProfileDetails(initialFormState, formData({ displayName: "  Mira Okafor ", bio: "Ink and\r\nwatercolour." }));
    expect(state).toMatchObject({ status: "success", values: { displayName: "Mira Okafor", bio: "Ink and\nwatercolour." } });
    expect(await profileOf(member)).toMatchObject({ displayName: "Mira Okafor", bio: "Ink and\nwatercolour." });
    expect(request.revalidatePath).toHaveBeenCalledWith("/", "layout");
  });

  it("refuses an overlong bio next to the field, keeps what was typed and changes nothing", async () => {
    const member = await createTestUser();
    request.actAs(member);
    await saveProfileDetails(initialFormState, formData({ displayName: "Before", bio: "Before" }));
    request.revalidatePath.mockClear();
    const state = await saveProfileDetails(initialFormState, formData({ displayName: "After", bio: "x".repeat(501) }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { bio: ["The bio can be at most 500 characters"] },
      values: { displayName: "After", bio: "x".repeat(501) },
    });
    expect(await profileOf(member)).toMatchObject({ displayName: "Before", bio: "Before" });
    expect(request.revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a display name that reads as another member's username next to the field, keeps what was typed and changes nothing", async () => {
    const member = await createTestUser();
    const other = await createTestUser("kenji");
    request.actAs(member);
    await saveProfileDetails(initialFormState, formData({ displayName: "Before", bio: "Before" }));
    request.revalidatePath.mockClear();
    const typed = ` ${other.username.toUpperCase()} `;
    const state = await saveProfileDetails(initialFormState, formData({ displayName: typed, bio: "After" }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { displayName: ["This display name reads as another member's username; choose another"] },
      values: { displayName: typed, bio: "After" },
    });
    expect(await profileOf(member)).toMatchObject({ displayName: "Before", bio: "Before" });
    expect(request.revalidatePath).not.toHaveBeenCalled();
  });

  it("changes only the signed-in member's profile, whatever member the form names", async () => {
    const { member: victim, before } = await bystander();
    const intruder = await createTestUser("intruder");
    request.actAs(intruder);
    const state = await saveProfileDetails(
      initialFormState,
      formData({ displayName: "Hacked", bio: "pwned", userId: victim.id, id: victim.id, username: victim.username }),
    );
    expect(state.status).toBe("success");
    expect(await profileOf(victim)).toEqual(before);
    expect(await profileOf(intruder)).toMatchObject({ displayName: "Hacked", bio: "pwned" });
  });

  it("sends a visitor's direct post to log in and changes nothing", async () => {
    const { member, before } = await bystander();
    request.user = null;
    await expect(saveProfileDetails(initialFormState, formData({ displayName: "Visitor", bio: "", userId: member.id }))).rejects.toThrow(
      new Redirected("/login"),
    );
    expect(await profileOf(member)).toEqual(before);
  });
});

describe("changing the avatar", () => {
  it("uploads a new avatar and removes it again", async () => {
    const member = await createTestUser();
    request.actAs(member);
    expect(await changeAvatar(initialFormState, formData({ intent: "upload", avatar: await png() }))).toMatchObject({
      status: "success",
      message: "Your new avatar is in place.",
    });
    expect((await profileOf(member)).avatarKey).not.toBeNull();
    expect(request.revalidatePath).toHaveBeenCalledWith("/", "layout");
    expect(await changeAvatar(initialFormState, formData({ intent: "remove" }))).toMatchObject({ status: "success" });
    expect((await profileOf(member)).avatarKey).toBeNull();
  });

  it("refuses a file that is not an image next to the field and keeps the avatar", async () => {
    const { member, before } = await bystander();
    const text = new File(["not a photo"], "holiday.jpg", { type: "image/jpeg" });
    expect(await changeAvatar(initialFormState, formData({ intent: "upload", avatar: text }))).toMatchObject({
      status: "error",
      fieldErrors: { avatar: ["This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF."] },
    });
    expect(await profileOf(member)).toEqual(before);
  });

  it("refuses a file over 2 MB before reading it", async () => {
    const member = await createTestUser();
    request.actAs(member);
    const large = new File([new Uint8Array(3 * 1024 * 1024)], "large.jpg", { type: "image/jpeg" });
    expect(await changeAvatar(initialFormState, formData({ intent: "upload", avatar: large }))).toMatchObject({
      status: "error",
      fieldErrors: { avatar: ["This file is larger than 2 MB; choose a smaller image."] },
    });
    expect((await profileOf(member)).avatarKey).toBeNull();
  });

  it("counts avatars under the upload limit, refusing next to the field with the wait and keeping the avatar", async () => {
    const member = await createTestUser();
    request.actAs(member);
    // Turns taken as artwork uploads would take them: the limit is shared.
    for (let i = 0; i < LIMITS.upload.max; i++) await takeTurn({ limit: LIMITS.upload, subject: member.id });
    const state = await changeAvatar(initialFormState, formData({ intent: "upload", avatar: await png() }));
    expect(state.fieldErrors?.avatar).toEqual([
      expect.stringMatching(/^You can upload 30 images an hour\. Try again in \d+ (seconds|minutes)\.$/),
    ]);
    expect((await profileOf(member)).avatarKey).toBeNull();
  });

  it("changes and removes only the signed-in member's avatar, whatever member the form names", async () => {
    const { member: victim, before } = await bystander();
    const intruder = await createTestUser("intruder");
    request.actAs(intruder);
    await changeAvatar(initialFormState, formData({ intent: "upload", avatar: await png(), userId: victim.id }));
    await changeAvatar(initialFormState, formData({ intent: "remove", userId: victim.id, username: victim.username }));
    expect(await profileOf(victim)).toEqual(before);
  });

  it("sends a visitor's direct posts to log in and changes nothing", async () => {
    const { member, before } = await bystander();
    request.user = null;
    const posts: Record<string, string | File>[] = [
      { intent: "upload", avatar: await png(), userId: member.id },
      { intent: "remove", userId: member.id },
    ];
    for (const fields of posts) {
      await expect(changeAvatar(initialFormState, formData(fields))).rejects.toThrow(new Redirected("/login"));
    }
    expect(await profileOf(member)).toEqual(before);
  });
});
