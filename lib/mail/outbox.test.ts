import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { handleJob } from "@/lib/jobs/kinds";
import { JobWorker } from "@/lib/jobs/worker";
import type { MailMessage } from "@/lib/mail/message";
import { queueMail } from "@/lib/mail/outbox";
import { messageIdOf, sendQueuedMail } from "@/lib/mail/send";
import { sendMailJob } from "@/lib/mail/send-mail-job";
import { startMailCatcher, type MailCatcher } from "@/lib/testing/services/mail-catcher";
import { uniqueUsername } from "@/lib/testing/factories";

let catcher: MailCatcher;
let transport: nodemailer.Transporter;

beforeAll(async () => {
  catcher = await startMailCatcher({ webPort: null });
  transport = nodemailer.createTransport(catcher.smtpUrl);
});
afterAll(() => catcher.stop());

const message: MailMessage = {
  kind: "test",
  subject: "Confirm your address",
  paragraphs: ["Welcome to the collective.", "Confirm your address <b>now</b>."],
  action: { label: "Confirm my address", url: "http://localhost:3000/verify-email?token=abc" },
};

/** A fresh recipient per test: test files share the database and this catcher. */
function recipient(): string {
  return `${uniqueUsername("to")}@example.org`;
}

async function queue(to: string, eventKey = `test:${to}`, extra: Partial<MailMessage> = {}) {
  await db.$transaction((tx) => queueMail(tx, { to, eventKey, message: { ...message, ...extra } }));
  return db.outgoingMail.findUniqueOrThrow({ where: { eventKey } });
}

/** A worker of the app's send-mail kind, for these mails' jobs only, retrying at once. */
function worker(mailIds: string[]) {
  return new JobWorker({
    client: db,
    handlers: [handleJob(sendMailJob, ({ mailId }) => sendQueuedMail(mailId, transport))],
    concurrency: 2,
    pollIntervalMs: 60_000,
    retryDelayMs: () => 0,
    scope: { OR: mailIds.map((id) => ({ payload: { contains: id } })) },
  });
}

const caughtFor = (to: string) => catcher.mails.filter((mail) => mail.to.includes(to));

describe("the outbox", () => {
  it("writes a mail only when the change that causes it commits", async () => {
    const to = recipient();
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { to, eventKey: `rolled-back:${to}`, message });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outgoingMail.count({ where: { to } })).toBe(0);
    expect(await db.job.count({ where: { payload: { contains: to } } })).toBe(0);
  });

  it("queues one mail per event, however often its cause runs", async () => {
    const to = recipient();
    const first = await db.$transaction((tx) => queueMail(tx, { to, eventKey: `once:${to}`, message }));
    const second = await db.$transaction((tx) => queueMail(tx, { to, eventKey: `once:${to}`, message }));
    expect([first, second]).toEqual([true, false]);
    expect(await db.outgoingMail.count({ where: { to } })).toBe(1);
  });

  it("sends both parts through SMTP, with the escaped text in the HTML, and records it", async () => {
    const to = recipient();
    const mail = await queue(to);
    await worker([mail.id]).runDue();
    const [caught] = caughtFor(to);
    expect(caught.subject).toBe("Confirm your address");
    expect(caught.text).toContain("Confirm my address:\nhttp://localhost:3000/verify-email?token=abc");
    expect(caught.html).toContain("Confirm your address &#60;b&#62;now&#60;/b&#62;.");
    expect(caught.messageId).toBe(messageIdOf(mail.id));
    expect(await db.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
      lastError: null,
    });
  });

  it("rides out an SMTP outage: the failure is recorded and the next try sends it, once", async () => {
    const to = recipient();
    const mail = await queue(to);
    catcher.failNext(2);
    await worker([mail.id]).runDue();
    const row = await db.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 3 });
    expect(caughtFor(to)).toHaveLength(1);
  });

  it("gives up at once on a permanent refusal and keeps the server's reason for the mail log", async () => {
    const to = recipient();
    const mail = await queue(to);
    catcher.failNext(1, 550);
    await worker([mail.id]).runDue();
    const row = await db.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toContain("No such mailbox here");
    expect(await db.job.count({ where: { payload: { contains: mail.id }, status: "PENDING" } })).toBe(0);
  });

  it("never sends a mail again once it is recorded sent, however often its job runs", async () => {
    const to = recipient();
    const mail = await queue(to);
    await sendQueuedMail(mail.id, transport);
    await sendQueuedMail(mail.id, transport);
    expect(caughtFor(to)).toHaveLength(1);
  });

  it("resends a mail whose sender crashed before recording it under the same Message-ID, so it is one message", async () => {
    const to = recipient();
    const mail = await queue(to);
    // The first try's SMTP transaction completed, then the process died before writing "sent".
    await db.outgoingMail.update({ where: { id: mail.id }, data: { attempts: 1 } });
    await transport.sendMail({ from: "x@localhost", to, subject: mail.subject, text: mail.text, messageId: messageIdOf(mail.id) });
    await worker([mail.id]).runDue();
    const copies = caughtFor(to);
    expect(new Set(copies.map((copy) => copy.messageId))).toEqual(new Set([messageIdOf(mail.id)]));
    expect(await db.outgoingMail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("lets two workers share the outbox without either sending a mail the other sent", async () => {
    const to = recipient();
    const mails = [];
    for (let n = 0; n < 12; n += 1) mails.push(await queue(to, `shared:${to}:${n}`));
    const ids = mails.map((mail) => mail.id);
    await Promise.all([worker(ids).runDue(), worker(ids).runDue()]);
    const caught = caughtFor(to);
    expect(caught).toHaveLength(12);
    expect(new Set(caught.map((mail) => mail.messageId)).size).toBe(12);
    expect(await db.outgoingMail.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(12);
  });

  it("adds the one-click unsubscribe headers to optional mail only", async () => {
    const [optional, required] = [recipient(), recipient()];
    const mails = [
      await queue(optional, undefined, { unsubscribeUrl: "http://localhost:3000/unsubscribe?token=u" }),
      await queue(required),
    ];
    await worker(mails.map((mail) => mail.id)).runDue();
    expect(caughtFor(optional)[0].headers).toMatchObject({
      "list-unsubscribe": "<http://localhost:3000/unsubscribe?token=u>",
      "list-unsubscribe-post": "List-Unsubscribe=One-Click",
    });
    expect(caughtFor(required)[0].headers["list-unsubscribe"]).toBeUndefined();
  });
});
