import { describe, expect, it } from "vitest";
import { relativeTime } from "@/components/relative-time";

describe("relative time", () => {
  const now = new Date("2026-06-15T12:00:00Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it("reads like a person would say it", () => {
    expect(relativeTime(ago(5), now)).toBe("just now");
    expect(relativeTime(ago(120), now)).toBe("2 minutes ago");
    expect(relativeTime(ago(3 * 3600), now)).toBe("3 hours ago");
    expect(relativeTime(ago(26 * 3600), now)).toBe("yesterday");
    expect(relativeTime(ago(400 * 24 * 3600), now)).toBe("last year");
  });
});
