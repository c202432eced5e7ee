import { beforeEach, describe, expect, it, vi } from "vitest";
import { initialFormState } from "@/lib/actions/form-state";
import { db } from "@/lib/db";
import { DUPLICATE_REPORT_MESSAGE, REPORT_THANKS } from "@/lib/moderation/reports/filing";
import { createTestUser } from "@/lib/testing/factories";
import { formData } from "@/lib/testing/form-data";
import { bareArtwork } from "@/lib/testing/report-targets";
import { Redirected } from "@/lib/testing/request-context";
import { sendReport } from "./actions";

const request = await vi.hoisted(async () => (await import("@/lib/testing/request-context")).mockRequestContext());

beforeEach(() => {
  request.user = null;
});

async function reportedArtwork() {
  const owner = await createTestUser("owner");
  return bareArtwork(owner.id, "Suspicious");
}

const reportsAbout = (targetId: string) =>
  db.report.findMany({ where: { targetId }, select: { reporterId: true, category: true, note: true } });

describe("sending a report", () => {
  it("sends a visitor to log in and files nothing", async () => {
    const artwork = await reportedArtwork();
    await expect(sendReport(initialFormState, formData({ targetType: "artwork", targetId: artwork.id, category: "SPAM" }))).rejects.toThrow(
      new Redirected("/login"),
    );
    expect(await reportsAbout(artwork.id)).toEqual([]);
  });

  it("files a member's report with its category and note, and refuses a second one", async () => {
    const artwork = await reportedArtwork();
    const member = await createTestUser("reporter");
    request.actAs(member);
    const fields = { targetType: "artwork", targetId: artwork.id, category: "STOLEN_ART", note: "Traced from\r\nmy piece" };
    expect(await sendReport(initialFormState, formData(fields))).toMatchObject({ status: "success", message: REPORT_THANKS });
    expect(await sendReport(initialFormState, formData(fields))).toMatchObject({ status: "error", message: DUPLICATE_REPORT_MESSAGE });
    expect(await reportsAbout(artwork.id)).toEqual([{ reporterId: member.id, category: "STOLEN_ART", note: "Traced from\nmy piece" }]);
  });

  it("keeps what was typed and says what is wrong when the note is too long or no category is chosen", async () => {
    const artwork = await reportedArtwork();
    request.actAs(await createTestUser("reporter"));
    const state = await sendReport(initialFormState, formData({ targetType: "artwork", targetId: artwork.id, note: "x".repeat(1_001) }));
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { category: ["Choose what is wrong with it"], note: ["A note can be at most 1,000 characters"] },
      values: { note: "x".repeat(1_001) },
    });
    expect(await reportsAbout(artwork.id)).toEqual([]);
  });
});
