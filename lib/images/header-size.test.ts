import { describe, expect, it } from "vitest";
import { readHeaderSize } from "@/lib/images/header-size";
import { sniffFormat } from "@/lib/images/sniff";
import { cameraJpeg, pngBomb, solid } from "@/lib/testing/images";

const headerSize = (bytes: Buffer) => readHeaderSize(bytes, sniffFormat(bytes));

describe("reading the claimed pixel size from a header", () => {
  const image = () => solid(321, 123, { r: 10, g: 200, b: 30, alpha: 0.5 }, 4);

  it.each([
    ["PNG", () => image().png().toBuffer()],
    ["GIF", () => image().gif().toBuffer()],
    ["JPEG", () => image().jpeg().toBuffer()],
    ["lossy WebP", () => image().removeAlpha().webp().toBuffer()],
    ["lossy WebP with alpha (VP8X)", () => image().webp().toBuffer()],
    ["lossless WebP", () => image().webp({ lossless: true }).toBuffer()],
  ])("reads %s", async (_, make) => {
    expect(headerSize(await make())).toEqual({ width: 321, height: 123 });
  });

  it("finds a JPEG's frame header past EXIF, ICC and XMP segments, as stored (before orientation)", async () => {
    expect(headerSize(await cameraJpeg())).toEqual({ width: 400, height: 200 });
  });

  it("reads what a bomb claims without decoding anything", () => {
    expect(headerSize(pngBomb())).toEqual({ width: 100_000, height: 100_000 });
  });

  it("gives up (null) on a header cut short, leaving the check to libvips", async () => {
    const jpeg = await image().jpeg().toBuffer();
    expect(headerSize(jpeg.subarray(0, 20))).toBeNull();
    expect(headerSize((await image().png().toBuffer()).subarray(0, 16))).toBeNull();
    expect(readHeaderSize(Buffer.from("ftypavif"), "heif")).toBeNull();
  });
});
