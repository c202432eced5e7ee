import { describe, expect, it } from "vitest";
import { mentionedNames, splitMentions } from "@/lib/comments/mention-text";

describe("@mentions", () => {
  it("finds each mentioned name once, lower-cased, wherever it stands in the text", () => {
    expect(mentionedNames("@Ada love this, @bo_b! (cc @ada and @Night-Owl)")).toEqual(["ada", "bo_b", "night-owl"]);
  });

  it("leaves out mail addresses, names inside words and names too short or too long to be a username", () => {
    expect(mentionedNames("write to mira@example.com or x@ada")).toEqual([]);
    expect(mentionedNames("@ab is too short")).toEqual([]);
    expect(mentionedNames(`@${"a".repeat(31)}`)).toEqual([]);
  });

  it("cuts the text into plain runs and mentions that put back together give the text", () => {
    const text = "Thanks @Ada, and @nobody_here too.";
    const parts = splitMentions(text);
    expect(parts).toEqual([
      { text: "Thanks " },
      { mention: "ada", text: "@Ada" },
      { text: ", and " },
      { mention: "nobody_here", text: "@nobody_here" },
      { text: " too." },
    ]);
    expect(parts.map((part) => part.text).join("")).toBe(text);
  });
});
