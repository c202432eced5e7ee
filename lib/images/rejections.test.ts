import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES } from "@/lib/images/limits";
import { prepareImage } from "@/lib/images/pipeline";
import { corruptPng, heicHeader, hugeValidPng, noisyJpeg, pngBomb, solid } from "@/lib/testing/images";

const NOT_ACCEPTED = "This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.";
const SVG_REFUSED = "SVG files are not accepted; upload a JPEG, PNG, WebP, AVIF or GIF.";
const DAMAGED = "This image is damaged or incomplete; try exporting it again.";

async function refusal(input: Buffer): Promise<string> {
  const result = await prepareImage(input);
  if (result.ok) throw new Error("expected the upload to be refused");
  return result.message;
}

describe("uploads the pipeline refuses, with a message saying why", () => {
  it("refuses a decompression bomb from its header alone, without allocating the pixels", async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(100);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();

    expect(await refusal(bomb)).toBe("This image is 100,000 × 100,000 pixels; the limit is 50 megapixels.");

    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it("refuses a real, decodable 8000 × 7000 image as over 50 megapixels", async () => {
    const png = hugeValidPng();
    expect((await sharp(png, { limitInputPixels: false }).metadata()).width).toBe(8000);
    expect(await refusal(png)).toBe("This image is 8,000 × 7,000 pixels; the limit is 50 megapixels.");
  });

  it("refuses an image whose size only libvips can read (AVIF) through sharp's own pixel limit", async () => {
    const avif = await solid(100, 100, "#ff0000").avif({ effort: 0 }).toBuffer();
    // Make the image-size ('ispe') box claim 10,000 × 10,000 pixels.
    const ispe = avif.indexOf("ispe", 0, "latin1");
    avif.writeUInt32BE(10_000, ispe + 8);
    avif.writeUInt32BE(10_000, ispe + 12);
    expect(await refusal(avif)).toBe("This image has more than 50 megapixels, the largest we accept.");
  });

  it("refuses a file over 25 MB before looking inside", async () => {
    expect(await refusal(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toBe("This file is larger than 25 MB.");
  });

  it("refuses an empty file", async () => {
    expect(await refusal(Buffer.alloc(0))).toBe("This file is empty; choose an image to upload.");
  });

  it("refuses an image narrower than 64 pixels, quoting its upright size", async () => {
    expect(await refusal(await solid(63, 200, "#123456").png().toBuffer())).toBe(
      "This image is 63 × 200 pixels; each side must be at least 64 pixels.",
    );
    const sideways = await solid(300, 40, "#123456").jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await refusal(sideways)).toBe("This image is 40 × 300 pixels; each side must be at least 64 pixels.");
  });

  it.each([
    ["plain", '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><circle r="300"/></svg>'],
    ["with an XML declaration", '<?xml version="1.0" standalone="no"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ["after a BOM and whitespace", '\uFEFF\n   <?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ])("refuses an SVG (%s) without rasterising it", async (_, text) => {
    expect(await refusal(Buffer.from(text, "utf8"))).toBe(SVG_REFUSED);
  });

  it("refuses HEIC and suggests exporting as JPEG", async () => {
    expect(await refusal(heicHeader())).toMatch(/^HEIC images are not accepted; export the photo as JPEG/);
  });

  it("refuses a PDF, a TIFF, text named like a photo and random bytes", async () => {
    const randomBytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    expect(await refusal(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"))).toBe(NOT_ACCEPTED);
    expect(await refusal(await solid(200, 200, "#abcdef").tiff().toBuffer())).toBe(NOT_ACCEPTED);
    expect(await refusal(Buffer.from("Shopping list: brushes, linseed oil, gesso.\n"))).toBe(NOT_ACCEPTED);
    expect(await refusal(randomBytes)).toBe(NOT_ACCEPTED);
  });

  it("refuses a JPEG cut off halfway", async () => {
    const jpeg = await noisyJpeg(400, 300);
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toBe(DAMAGED);
  });

  it("refuses a PNG with a broken chunk, and one cut off after its header", async () => {
    const png = await solid(200, 200, "#000", 3)
      .composite([{ input: await noisyJpeg(200, 200) }])
      .png()
      .toBuffer();
    expect(await refusal(corruptPng(png))).toBe(DAMAGED);
    expect(await refusal(png.subarray(0, 40))).toBe(DAMAGED);
  });

  it("refuses a header whose pixel data is missing or garbage", async () => {
    const jpeg = await solid(200, 200, "#ff8800").jpeg().toBuffer();
    const garbage = Buffer.concat([jpeg.subarray(0, jpeg.indexOf(Buffer.from([0xff, 0xda])) + 20), Buffer.alloc(200, 0x55)]);
    expect(await refusal(garbage)).toBe(DAMAGED);
  });
});
