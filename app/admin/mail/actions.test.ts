import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import type { MailStatus } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/outbox";
import { RESEND_ANSWERS } from "@/lib/moderation/mail/commands";
import { listMail } from "@/lib/moderation/mail/queries";
import { mailListQuery } from "@/lib/moderation/mail/schemas";
import { NOT_ADMIN_MESSAGE } from "@/lib/moderation/result";
import { uniqueUsername } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { resendMailAction } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

/** A mail in the outbox, left in the given state as the sender would leave it. */
async function mailTo(to: string, status: MailStatus, eventKey = `test:${to}:${status}`) {
  await db.$transaction((tx) =>
    queueMail(tx, {
      to,
      eventKey,
      message: {
        kind: "password-reset",
        subject: "Reset your password",
        paragraphs: ["Someone asked to reset your password."],
        action: { label: "Choose a new password", url: "http://localhost:3000/reset-password?token=secret-token-value" },
      },
    }),
  );
  return db.outgoingMail.update({
    where: { eventKey },
    data: status === "QUEUED" ? {} : { status, attempts: 3, lastError: status === "FAILED" ? "550 No such mailbox here" : null },
  });
}

const recipient = () => `${uniqueUsername("to")}@example.org`;
const log = (params: Record<string, string>) => listMail(mailListQuery.parse(params));
const resend = (mailId: string, n: number) => resendMailAction(initialFormState, formData({ mailId, resend: String(n) }));
const resendsOf = (mailId: string) =>
  db.outgoingMail.findMany({ where: { eventKey: { startsWith: `resend:${mailId}:` } }, orderBy: { eventKey: "asc" } });

describe("the mail log for anyone but an admin", () => {
  it.each([
    ["a visitor", null],
    ["a member", "USER"],
  ] as const)("%s can neither read it nor send anything again", async (_who, role) => {
    if (role) await request.signInNewMember(role);
    const failed = await mailTo(recipient(), "FAILED");
    await expect(log({})).rejects.toThrow(/404/);
    expect(await resend(failed.id, 1)).toEqual({ status: "error", message: NOT_ADMIN_MESSAGE });
    expect(await resendsOf(failed.id)).toEqual([]);
    expect(await db.auditEntry.count({ where: { action: "RESEND_MAIL", detail: { contains: failed.id } } })).toBe(0);
  });

  it("refuses a member who lost the admin role after the page was shown", async () => {
    const admin = await request.signInNewMember("ADMIN");
    const failed = await mailTo(recipient(), "FAILED");
    await db.user.update({ where: { id: admin.id }, data: { role: "USER" } });
    expect(await resend(failed.id, 1)).toMatchObject({ status: "error", message: NOT_ADMIN_MESSAGE });
    expect(await resendsOf(failed.id)).toEqual([]);
  });
});

describe("the mail log for an admin", () => {
  it("lists mail newest first, by status and by part of the recipient's address, with its state", async () => {
    await request.signInNewMember("ADMIN");
    const to = recipient();
    const sent = await mailTo(to, "SENT");
    const failed = await mailTo(to, "FAILED");
    const mine = <Row extends { to: string }>(rows: Row[]) => rows.filter((row) => row.to === to);
    expect(mine((await log({ to: to.toUpperCase() })).items).map((row) => row.id)).toEqual([failed.id, sent.id]);
    expect(mine((await log({ to, status: "failed" })).items)).toMatchObject([
      {
        id: failed.id,
        kind: "password-reset",
        subject: "Reset your password",
        status: "FAILED",
        attempts: 3,
        lastError: "550 No such mailbox here",
        resends: 0,
      },
    ]);
    expect(mine((await log({ to, status: "queued" })).items)).toEqual([]);
  });

  it("never shows a live link from a mail's text", async () => {
    await request.signInNewMember("ADMIN");
    const to = recipient();
    await mailTo(to, "SENT");
    const [row] = (await log({ to })).items;
    expect(row.text).toContain("Choose a new password:\nhttp://localhost:3000/…[link hidden]");
    expect(row.text).not.toContain("secret-token-value");
    expect(JSON.stringify(row)).not.toContain("secret-token-value");
  });

  it("sends a failed or a sent mail again as a new outbox row with the same words, on record", async () => {
    const admin = await request.signInNewMember("ADMIN");
    for (const status of ["FAILED", "SENT"] as const) {
      const original = await mailTo(recipient(), status);
      expect(await resend(original.id, 1)).toMatchObject({ status: "success", message: RESEND_ANSWERS.queued });
      const [copy] = await resendsOf(original.id);
      expect(copy).toMatchObject({ eventKey: `resend:${original.id}:1`, status: "QUEUED", attempts: 0, to: original.to });
      expect([copy.subject, copy.text, copy.html]).toEqual([original.subject, original.text, original.html]);
      expect(await db.job.count({ where: { payload: { contains: copy.id }, status: "PENDING" } })).toBe(1);
      expect(await db.outgoingMail.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({ status, attempts: 3 });
      expect(
        await db.auditEntry.findMany({ where: { targetId: copy.id }, select: { action: true, adminId: true, targetType: true } }),
      ).toEqual([{ action: "RESEND_MAIL", adminId: admin.id, targetType: "MAIL" }]);
      expect((await log({ to: original.to })).items.find((row) => row.id === original.id)?.resends).toBe(1);
    }
  });

  it("queues one mail for one click, however often it is posted, and the next click another", async () => {
    await request.signInNewMember("ADMIN");
    const failed = await mailTo(recipient(), "FAILED");
    const answers = await Promise.all([resend(failed.id, 1), resend(failed.id, 1), resend(failed.id, 1)]);
    expect(answers.map((answer) => answer.status)).toEqual(["success", "success", "success"]);
    expect(await resend(failed.id, 1)).toMatchObject({ status: "success" });
    expect((await resendsOf(failed.id)).map((row) => row.eventKey)).toEqual([`resend:${failed.id}:1`]);
    expect(await resend(failed.id, 2)).toMatchObject({ status: "success" });
    expect(await resendsOf(failed.id)).toHaveLength(2);
    expect(await db.auditEntry.count({ where: { action: "RESEND_MAIL", detail: { contains: failed.id } } })).toBe(2);
  });

  it("refuses a mail still waiting, a stale or forged resend number, and a mail no longer there", async () => {
    await request.signInNewMember("ADMIN");
    const queued = await mailTo(recipient(), "QUEUED");
    const failed = await mailTo(recipient(), "FAILED");
    expect(await resend(queued.id, 1)).toMatchObject({ status: "error", message: RESEND_ANSWERS.waiting });
    expect(await resend(failed.id, 5)).toMatchObject({ status: "error", message: RESEND_ANSWERS.stale });
    await resend(failed.id, 1);
    await resend(failed.id, 2);
    expect(await resend(failed.id, 1)).toMatchObject({ status: "error", message: RESEND_ANSWERS.stale });
    expect(await resend("cm0000000000000000000000", 1)).toMatchObject({ status: "error", message: RESEND_ANSWERS.gone });
    expect(await resend("<script>", 1)).toMatchObject({ status: "error" });
    expect(await resendsOf(queued.id)).toEqual([]);
    expect(await resendsOf(failed.id)).toHaveLength(2);
  });
});
