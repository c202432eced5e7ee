import { describe, expect, it } from "vitest";
import { notificationChoices } from "@/lib/notifications/preferences";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { createTestUser } from "@/lib/testing/factories";
import { GET, POST } from "./route";

const ORIGIN = "http://localhost:3000";
const address = (token: string) => `${ORIGIN}/api/unsubscribe?token=${encodeURIComponent(token)}`;

function post(token: string, body: Record<string, string>) {
  const form = new URLSearchParams(body).toString();
  return new Request(address(token), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(form.length) },
    body: form,
  });
}

describe("the unsubscribe link", () => {
  it("stops that type's mail at the mail client's one-click POST (RFC 8058), with no log-in", async () => {
    const member = await createTestUser();
    const response = await POST(post(unsubscribeToken(member.id, "RATING"), { "List-Unsubscribe": "One-Click" }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Unsubscribed from ratings of your art.");
    expect((await notificationChoices(member.id)).RATING).toEqual({ inSite: true, mail: "NONE" });
  });

  it("sends a person's button press back to the page, which then says it is done", async () => {
    const member = await createTestUser();
    const token = unsubscribeToken(member.id, "DIGEST");
    const response = await POST(post(token, {}));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?token=${token}&done=1`);
    const choices = await notificationChoices(member.id);
    expect([choices.COMMENT.mail, choices.RATING.mail, choices.MENTION.mail]).toEqual(["NONE", "NONE", "INSTANT"]);
  });

  it("changes nothing on GET, which a mail scanner may follow: it shows the page with the button", async () => {
    const member = await createTestUser();
    const token = unsubscribeToken(member.id, "FOLLOW");
    const response = GET(new Request(address(token)));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/unsubscribe?token=${token}`);
    expect((await notificationChoices(member.id)).FOLLOW.mail).toBe("DIGEST");
  });

  it("refuses a forged or damaged link and changes nothing", async () => {
    const [member, other] = [await createTestUser(), await createTestUser("other")];
    const [, signature] = unsubscribeToken(other.id, "FOLLOW").split(".");
    const forged = `${Buffer.from(`${member.id}:FOLLOW`).toString("base64url")}.${signature}`;
    const response = await POST(post(forged, { "List-Unsubscribe": "One-Click" }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "This unsubscribe link is not valid." });
    expect((await notificationChoices(member.id)).FOLLOW.mail).toBe("DIGEST");
  });
});
