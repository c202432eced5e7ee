import { describe, expect, it } from "vitest";
import { overLimitMessage, perWindow, tryAgainIn, waitPhrase } from "@/lib/rate-limit/wait";

describe("waiting times in words", () => {
  it("rounds up in a unit a member reads at a glance", () => {
    expect(waitPhrase(1)).toBe("1 second");
    expect(waitPhrase(4_200)).toBe("5 seconds");
    expect(waitPhrase(60_000)).toBe("60 seconds");
    expect(waitPhrase(61_000)).toBe("2 minutes");
    expect(waitPhrase(12 * 60_000 + 1)).toBe("13 minutes");
    expect(waitPhrase(2 * 3_600_000)).toBe("2 hours");
    expect(waitPhrase(3 * 86_400_000)).toBe("3 days");
    expect(tryAgainIn(90_000)).toBe("Try again in 2 minutes.");
  });

  it("names a limit's window", () => {
    expect(perWindow(3_600_000)).toBe("an hour");
    expect(perWindow(86_400_000)).toBe("a day");
    expect(perWindow(60_000)).toBe("a minute");
    expect(perWindow(15 * 60_000)).toBe("every 15 minutes");
    expect(perWindow(5_000)).toBe("every 5 seconds");
  });

  it("says what the limit allows and when to try again", () => {
    expect(overLimitMessage("post", "comment", { max: 10, windowMs: 60_000 }, 5_500)).toBe(
      "You can post 10 comments a minute. Try again in 6 seconds.",
    );
    expect(overLimitMessage("start", "room", { max: 1, windowMs: 86_400_000 }, 3_600_000)).toBe(
      "You can start 1 room a day. Try again in 60 minutes.",
    );
  });
});
