import sharp from "sharp";
import { rgbaToThumbHash, thumbHashToRGBA } from "thumbhash";
import { describe, expect, it } from "vitest";
import { placeholderDataUrl } from "@/lib/images/placeholder-png";

function thumbHashOf(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]) {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(pixel(x, y), (y * width + x) * 4);
  return Buffer.from(rgbaToThumbHash(width, height, rgba)).toString("base64");
}

async function decode(url: string) {
  expect(url.startsWith("data:image/png;base64,")).toBe(true);
  return sharp(Buffer.from(url.split(",")[1], "base64"))
    .raw()
    .toBuffer({ resolveWithObject: true });
}

describe("placeholder data URL", () => {
  it("is a small valid PNG at half the ThumbHash's resolution, with its colours", async () => {
    const hash = thumbHashOf(64, 36, (x, y) => [200, 40 + x * 3, 20 + y * 5, 255]);
    const url = placeholderDataUrl(hash);
    expect(url.length).toBeLessThan(800);

    const { data, info } = await decode(url);
    const full = thumbHashToRGBA(Buffer.from(hash, "base64"));
    expect([info.width, info.height, info.channels]).toEqual([Math.ceil(full.w / 2), Math.ceil(full.h / 2), 3]);
    // The top-left pixel is the ThumbHash's own top-left pixel.
    expect([...data.subarray(0, 3)]).toEqual([...full.rgba.subarray(0, 3)]);
    const lastRow = (info.height - 1) * info.width * 3;
    const fullLastRow = (info.height - 1) * 2 * full.w * 4;
    expect([...data.subarray(lastRow, lastRow + 3)]).toEqual([...full.rgba.subarray(fullLastRow, fullLastRow + 3)]);
  });

  it("keeps transparency when the image has some", async () => {
    const hash = thumbHashOf(32, 32, (x) => [10, 200, 90, x < 16 ? 0 : 255]);
    const { info } = await decode(placeholderDataUrl(hash));
    expect(info.channels).toBe(4);
  });
});
