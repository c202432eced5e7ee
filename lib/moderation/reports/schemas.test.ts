import { describe, expect, it } from "vitest";
import { fileReportSchema } from "@/lib/moderation/reports/schemas";

describe("the report form's input", () => {
  const valid = { targetType: "artwork", targetId: "c0000000000000000000000", category: "SPAM" };

  it("accepts a note of 1,000 characters and refuses a longer one", () => {
    expect(fileReportSchema.safeParse({ ...valid, note: "a".repeat(1_000) }).success).toBe(true);
    const long = fileReportSchema.safeParse({ ...valid, note: "a".repeat(1_001) });
    expect(long.success ? [] : long.error.issues.map((issue) => issue.message)).toEqual(["A note can be at most 1,000 characters"]);
  });

  it("refuses control characters in the note, an unknown category and an unknown kind of target", () => {
    const messages = (input: object) => {
      const parsed = fileReportSchema.safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    };
    expect(messages({ ...valid, note: "hi\u0007" })).toEqual(["The note contains invisible control characters; remove them"]);
    expect(messages({ ...valid, category: "BORING" })).toEqual(["Choose what is wrong with it"]);
    expect(messages({ ...valid, targetType: "room" })).toEqual(["Unknown content"]);
    expect(messages({ ...valid, targetType: "message", targetId: "abc" })).toEqual(["Unknown content"]);
  });
});
