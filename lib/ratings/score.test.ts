import { describe, expect, it } from "vitest";
import { HOT_DECAY_SECONDS, averageRating, describeAverage, hotScore, ratingStrength, topScore } from "@/lib/ratings/score";

const totals = (ratings: number[]) => ({ count: ratings.length, sum: ratings.reduce((a, b) => a + b, 0) });

describe("top rated (Bayesian average)", () => {
  it("starts every artwork at the neutral prior", () => {
    expect(topScore({ count: 0, sum: 0 })).toBe(3);
  });

  it("worked example: one 5-star vote gives (3·5 + 5) / (5 + 1) = 3.33", () => {
    expect(topScore(totals([5]))).toBeCloseTo(20 / 6, 10);
  });

  it("never lets a single 5-star vote beat a hundred ratings averaging 4.8", () => {
    const hundredAt48 = { count: 100, sum: 480 };
    expect(topScore(hundredAt48)).toBeCloseTo((15 + 480) / 105, 10);
    expect(topScore(hundredAt48)).toBeGreaterThan(topScore(totals([5])));
  });

  it("ranks many good ratings above a few perfect ones, and a few perfect above none", () => {
    expect(topScore({ count: 20, sum: 90 })).toBeGreaterThan(topScore(totals([5, 5, 5])));
    expect(topScore(totals([5, 5, 5]))).toBeGreaterThan(topScore({ count: 0, sum: 0 }));
  });

  it("gives equal totals equal scores (ties are then broken by id)", () => {
    expect(topScore(totals([4, 2]))).toBe(topScore(totals([3, 3])));
  });
});

describe("hot", () => {
  const noon = new Date("2026-06-01T12:00:00Z");
  const later = (seconds: number) => new Date(noon.getTime() + seconds * 1000);

  it("counts stars above 3 for and below 3 against", () => {
    expect(ratingStrength(totals([5, 5, 1]))).toBe(2);
    expect(ratingStrength(totals([3, 3]))).toBe(0);
  });

  it("is the creation time over the decay constant for unrated work", () => {
    expect(hotScore({ count: 0, sum: 0 }, noon)).toBeCloseTo(noon.getTime() / 1000 / HOT_DECAY_SECONDS, 10);
  });

  it("worked example: ten times the approval is worth exactly one decay period of age", () => {
    const older = hotScore({ count: 10, sum: 50 }, noon); // strength 20
    const newer = hotScore({ count: 1, sum: 5 }, later(HOT_DECAY_SECONDS)); // strength 2
    expect(older).toBeCloseTo(newer, 10);
  });

  it("puts fresh, liked work above old, liked work, and disliked work below unrated", () => {
    const liked = totals([5, 5, 5, 4]);
    expect(hotScore(liked, later(86_400))).toBeGreaterThan(hotScore(liked, noon));
    expect(hotScore(totals([1, 1, 1]), noon)).toBeLessThan(hotScore({ count: 0, sum: 0 }, noon));
  });
});

describe("average shown to people", () => {
  it("has one decimal, and is empty with no ratings", () => {
    expect(averageRating(totals([5, 4, 4]))).toBe(4.3);
    expect(averageRating({ count: 0, sum: 0 })).toBeNull();
    expect(describeAverage(totals([5, 4, 4]))).toBe("4.3 average from 3 ratings");
    expect(describeAverage(totals([5]))).toBe("5.0 average from 1 rating");
    expect(describeAverage({ count: 0, sum: 0 })).toBe("No ratings yet");
  });
});
