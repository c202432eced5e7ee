import { describe, expect, it } from "vitest";
import { describeGroup, type GroupFacts } from "@/lib/notifications/words";

const ada = { name: "Ada", username: "ada" };
const bo = { name: "Bo", username: "bo" };
const others = ["cy", "di", "ed"].map((username) => ({ name: username.toUpperCase(), username }));
const base: GroupFacts = {
  type: "RATING",
  actors: [ada],
  count: 1,
  artwork: { id: "night", title: "Night Market" },
  commentId: null,
  excerpt: "",
  reason: "",
  outcome: "",
  action: "",
  recipientUsername: "mira",
};

describe("a notification group in words", () => {
  it("names one, two, or the newest and how many others", () => {
    expect(describeGroup(base).sentence).toBe("Ada rated “Night Market”.");
    expect(describeGroup({ ...base, actors: [ada, bo] }).sentence).toBe("Ada and Bo rated “Night Market”.");
    expect(describeGroup({ ...base, actors: [ada, bo, ...others], count: 5 }).sentence).toBe("Ada and 4 others rated “Night Market”.");
  });

  it("opens a comment at the comment itself", () => {
    const words = describeGroup({ ...base, type: "COMMENT", commentId: "c1", excerpt: "Lovely light" });
    expect(words).toEqual({ sentence: "Ada commented on “Night Market”: “Lovely light”", href: "/art/night#comment-c1" });
  });

  it("sends a lone follower's notification to their profile and a day's followers to the list", () => {
    expect(describeGroup({ ...base, type: "FOLLOW", artwork: null }).href).toBe("/u/ada");
    expect(describeGroup({ ...base, type: "FOLLOW", artwork: null, actors: [ada, bo] }).href).toBe("/u/mira/followers");
  });

  it("tells a day's new work of one artist as one line leading to their profile", () => {
    const words = describeGroup({ ...base, type: "NEW_ARTWORK", count: 3 });
    expect(words).toEqual({ sentence: "Ada shared 3 new artworks.", href: "/u/ada" });
  });

  it("gives the moderators' reason, and never links to an artwork that is gone", () => {
    const words = describeGroup({
      ...base,
      type: "MODERATION",
      action: "deleted",
      artwork: null,
      excerpt: "Night Market",
      reason: "Stolen art",
      actors: [],
    });
    expect(words.sentence).toBe("Moderators deleted your artwork “Night Market”. Reason: Stolen art");
    expect(words.href).toBe("/settings/artwork");
  });
});
