import { describe, expect, it } from "vitest";
import { fullFormatFor, planDisplayEdges, planThumbs } from "@/lib/images/variants";

describe("the variant size plan", () => {
  it("makes 16:9 thumbs at 480 and 960 wide from a large source", () => {
    expect(planThumbs({ width: 3000, height: 2000 })).toEqual([
      { width: 480, height: 270 },
      { width: 960, height: 540 },
    ]);
  });

  it("never upscales a thumb, and keeps 16:9 at the largest size that fits", () => {
    expect(planThumbs({ width: 800, height: 600 })).toEqual([
      { width: 480, height: 270 },
      { width: 800, height: 450 },
    ]);
    // Wide but short: the height limits the crop.
    expect(planThumbs({ width: 2000, height: 300 })).toEqual([
      { width: 480, height: 270 },
      { width: 533, height: 300 },
    ]);
  });

  it("does not list the same thumb size twice for a small source", () => {
    expect(planThumbs({ width: 300, height: 300 })).toEqual([{ width: 300, height: 169 }]);
    expect(planThumbs({ width: 64, height: 64 })).toEqual([{ width: 64, height: 36 }]);
  });

  it("lists display sizes smaller than the source, or the source's own size", () => {
    expect(planDisplayEdges({ width: 3000, height: 2000 })).toEqual([1280, 2560]);
    expect(planDisplayEdges({ width: 2000, height: 3000 })).toEqual([1280, 2560]);
    expect(planDisplayEdges({ width: 2560, height: 1440 })).toEqual([1280]);
    expect(planDisplayEdges({ width: 1280, height: 720 })).toEqual([1280]);
    expect(planDisplayEdges({ width: 800, height: 600 })).toEqual([800]);
  });

  it("keeps FULL in the source's family, turning GIF into PNG", () => {
    expect(fullFormatFor("jpeg")).toBe("jpeg");
    expect(fullFormatFor("png")).toBe("png");
    expect(fullFormatFor("webp")).toBe("webp");
    expect(fullFormatFor("avif")).toBe("avif");
    expect(fullFormatFor("gif")).toBe("png");
  });
});
