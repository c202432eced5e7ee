import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { MailStatus } from "@/lib/generated/prisma/client";
import { pruneOldMail } from "@/lib/mail/retention";
import { uniqueUsername } from "@/lib/testing/factories";

const DAY_MS = 24 * 60 * 60 * 1_000;

describe("outbox retention", () => {
  it("deletes sent mail after 30 days and failed mail after 90, and never queued mail", async () => {
    // The real time: test files share the database, and other files' mail is new, so this deletes none of it.
    const now = new Date();
    const to = `${uniqueUsername("kept")}@example.org`;
    const ages: [MailStatus, number][] = [
      ["SENT", 29],
      ["SENT", 31],
      ["FAILED", 89],
      ["FAILED", 91],
      ["QUEUED", 400],
    ];
    for (const [status, days] of ages) {
      await db.outgoingMail.create({
        data: {
          eventKey: `${to}:${status}:${days}`,
          kind: "test",
          to,
          subject: "s",
          text: "t",
          html: "h",
          status,
          createdAt: new Date(now.getTime() - days * DAY_MS),
        },
      });
    }
    expect(await pruneOldMail(now)).toBeGreaterThanOrEqual(2);
    const left = await db.outgoingMail.findMany({ where: { to }, select: { eventKey: true }, orderBy: { createdAt: "desc" } });
    expect(left.map((row) => row.eventKey.slice(to.length + 1))).toEqual(["SENT:29", "FAILED:89", "QUEUED:400"]);
  });
});
