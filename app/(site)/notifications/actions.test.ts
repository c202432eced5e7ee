import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { follow } from "@/lib/follows/follows";
import { unreadCount } from "@/lib/notifications/queries";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { markAllNotificationsRead } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());
await vi.hoisted(async () => (await import("@/lib/testing/realtime-stand-in")).standInForTestFile());

beforeEach(() => vi.clearAllMocks());

describe("marking all read", () => {
  it("clears the member's own unread notifications and nobody else's, whatever the form names", async () => {
    const [member, other, fan] = [await createTestUser(), await createTestUser("other"), await createTestUser("fan")];
    await follow(fan.id, member.id);
    await follow(fan.id, other.id);
    request.actAs(member);
    const state = await markAllNotificationsRead(initialFormState, formData({ userId: other.id }));
    expect(state).toMatchObject({ status: "success", message: "All notifications marked read." });
    expect(await unreadCount(member.id)).toBe(0);
    expect(await unreadCount(other.id)).toBe(1);
    expect(request.revalidatePath).toHaveBeenCalledWith("/notifications");
  });

  it("sends a visitor to log in", async () => {
    request.user = null;
    await expect(markAllNotificationsRead(initialFormState, formData({}))).rejects.toThrow(new Redirected("/login"));
  });
});
