import { describe, expect, it } from "vitest";
import { notificationKeys } from "@/lib/notifications/keys";

const morning = new Date("2026-12-05T08:00:00Z");
const evening = new Date("2026-12-05T22:00:00Z");
const nextDay = new Date("2026-12-06T01:00:00Z");

describe("notification grouping", () => {
  it("puts one day's ratings of one artwork in one group, by whoever rated", () => {
    const ada = notificationKeys({ type: "RATING", actorId: "ada", artworkId: "night" }, morning);
    const bo = notificationKeys({ type: "RATING", actorId: "bo", artworkId: "night" }, evening);
    expect(ada.groupKey).toBe(bo.groupKey);
    expect(ada.causeKey).not.toBe(bo.causeKey);
  });

  it("starts a new group the next day and for another artwork", () => {
    const today = notificationKeys({ type: "RATING", actorId: "ada", artworkId: "night" }, morning).groupKey;
    expect(notificationKeys({ type: "RATING", actorId: "ada", artworkId: "night" }, nextDay).groupKey).not.toBe(today);
    expect(notificationKeys({ type: "RATING", actorId: "ada", artworkId: "dawn" }, morning).groupKey).not.toBe(today);
  });

  it("gives the same rater of the same artwork the same cause, so rating again adds nothing", () => {
    const first = notificationKeys({ type: "RATING", actorId: "ada", artworkId: "night" }, morning);
    expect(notificationKeys({ type: "RATING", actorId: "ada", artworkId: "night" }, nextDay).causeKey).toBe(first.causeKey);
  });

  it("groups new artwork per artist per day, each artwork its own cause", () => {
    const one = notificationKeys({ type: "NEW_ARTWORK", actorId: "mira", artworkId: "a1" }, morning);
    const two = notificationKeys({ type: "NEW_ARTWORK", actorId: "mira", artworkId: "a2" }, evening);
    const other = notificationKeys({ type: "NEW_ARTWORK", actorId: "lee", artworkId: "a3" }, morning);
    expect(one.groupKey).toBe(two.groupKey);
    expect(one.causeKey).not.toBe(two.causeKey);
    expect(other.groupKey).not.toBe(one.groupKey);
  });

  it("keeps each comment, mention and moderators' decision on its own line", () => {
    const first = notificationKeys({ type: "COMMENT", actorId: "ada", commentId: "c1" }, morning);
    const second = notificationKeys({ type: "COMMENT", actorId: "ada", commentId: "c2" }, morning);
    expect(first.groupKey).not.toBe(second.groupKey);
    const hid = notificationKeys({ type: "MODERATION", action: "hidden", subjectId: "night" }, morning);
    const hidAgain = notificationKeys({ type: "MODERATION", action: "hidden", subjectId: "night" }, evening);
    expect(hid.causeKey).not.toBe(hidAgain.causeKey);
  });
});
