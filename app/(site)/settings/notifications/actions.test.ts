import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { notificationChoices } from "@/lib/notifications/preferences";
import { choiceFieldNames, NOTIFICATION_TYPES } from "@/lib/notifications/types";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { Redirected } from "@/lib/testing/request-context";
import { saveNotificationSettings } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => vi.clearAllMocks());

/** The whole table as sent: every type in the site and in the digest, with changes on top. */
function table(changes: Record<string, string | undefined> = {}) {
  const fields: Record<string, string> = {};
  for (const type of NOTIFICATION_TYPES) {
    const names = choiceFieldNames(type);
    fields[names.inSite] = "on";
    fields[names.mail] = "DIGEST";
  }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete fields[name];
    else fields[name] = value;
  }
  return formData(fields);
}

describe("notification choices", () => {
  it("stores the member's table", async () => {
    const member = await createTestUser();
    request.actAs(member);
    const state = await saveNotificationSettings(
      initialFormState,
      table({ RATING_inSite: undefined, RATING_mail: "NONE", MENTION_mail: "INSTANT" }),
    );
    expect(state).toMatchObject({ status: "success", message: "Notification choices saved." });
    const choices = await notificationChoices(member.id);
    expect(choices.RATING).toEqual({ inSite: false, mail: "NONE" });
    expect(choices.MENTION).toEqual({ inSite: true, mail: "INSTANT" });
    expect(choices.FOLLOW).toEqual({ inSite: true, mail: "DIGEST" });
  });

  it("refuses a choice that is not offered, next to its row, and changes nothing", async () => {
    const member = await createTestUser();
    request.actAs(member);
    const state = await saveNotificationSettings(initialFormState, table({ RATING_mail: "HOURLY" }));
    expect(state.fieldErrors?.RATING_mail).toEqual(["Choose no mail, at once or the daily digest"]);
    expect((await notificationChoices(member.id)).COMMENT).toEqual({ inSite: true, mail: "DIGEST" });
  });

  it("changes only the session's member, whatever the form names", async () => {
    const [member, other] = [await createTestUser(), await createTestUser("other")];
    request.actAs(member);
    await saveNotificationSettings(initialFormState, table({ userId: other.id, COMMENT_mail: "NONE" }));
    expect((await notificationChoices(other.id)).COMMENT).toEqual({ inSite: true, mail: "DIGEST" });
    expect((await notificationChoices(member.id)).COMMENT).toEqual({ inSite: true, mail: "NONE" });
  });

  it("sends a visitor to log in", async () => {
    request.user = null;
    await expect(saveNotificationSettings(initialFormState, table())).rejects.toThrow(new Redirected("/login"));
  });
});
