import sharp from "sharp";
import { rgbaToThumbHash, thumbHashToRGBA } from "thumbhash";
import { describe, expect, it } from "vitest";
import { placeholderDataUrl } from "@/lib/art/placeholder";

describe("placeholder data URL", () => {
  it("is a valid, small PNG showing the ThumbHash's colours", async () => {
    const width = 32;
    const height = 18;
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba.set([200, 60 + (i % 80), 40, 255], i);
    const hash = Buffer.from(rgbaToThumbHash(width, height, rgba)).toString("base64");

    const url = placeholderDataUrl(hash);
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    expect(url.length).toBeLessThan(1_500);

    const png = Buffer.from(url.split(",")[1], "base64");
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const expected = thumbHashToRGBA(Buffer.from(hash, "base64"));
    expect([info.width, info.height]).toEqual([expected.w, expected.h]);
    expect(Buffer.from(data).equals(Buffer.from(expected.rgba))).toBe(true);
  });
});
