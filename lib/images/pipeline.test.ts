import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeLaterVariants, prepareImage, type EncodedVariant, type PreparedImage } from "@/lib/images/pipeline";
import { BLUE, PRIVATE_STRINGS, RED, cameraJpeg, expectNear, pixelAt, redLeftBlueRight, solid, twoFrameGif } from "@/lib/testing/images";

async function prepared(input: Buffer): Promise<PreparedImage> {
  const result = await prepareImage(input);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.value;
}

/** What the later-variants job encodes after the response: the AVIF set, from the stored FULL image. */
const laterVariants = (image: PreparedImage) =>
  encodeLaterVariants(image.immediate.find((variant) => variant.kind === "FULL")!.data, image);

const sizes = (variants: EncodedVariant[], kind: EncodedVariant["kind"]) =>
  variants
    .filter((variant) => variant.kind === kind)
    .map((variant) => `${variant.width}x${variant.height}`)
    .sort();

/** Each variant really is the format and size it declares. */
async function expectTruthfulVariants(variants: EncodedVariant[]) {
  for (const variant of variants) {
    const metadata = await sharp(variant.data).metadata();
    expect(metadata.format).toBe(variant.format === "avif" ? "heif" : variant.format);
    if (variant.format === "avif") expect(metadata.compression).toBe("av1");
    expect({ width: metadata.width, height: metadata.height }).toEqual({ width: variant.width, height: variant.height });
  }
}

describe("prepareImage on a camera JPEG", () => {
  it("strips EXIF, GPS, serials, XMP and ICC from every output, and turns the picture upright", async () => {
    const input = await cameraJpeg();
    const source = await sharp(input).metadata();
    // The test file really carries what must be stripped.
    expect(source.orientation).toBe(6);
    expect(source.exif?.includes(PRIVATE_STRINGS[2])).toBe(true);
    expect(source.exif?.includes(Buffer.from([0x88, 0x25]).reverse())).toBe(true); // GPS IFD pointer tag
    expect(source.xmp).toBeDefined();
    expect(source.icc).toBeDefined();

    const image = await prepared(input);
    const outputs = [...image.immediate, ...(await laterVariants(image))];
    expect(outputs.map((variant) => `${variant.kind} ${variant.format}`).sort()).toEqual([
      "DISPLAY avif",
      "DISPLAY webp",
      "FULL jpeg",
      "THUMB avif",
      "THUMB webp",
    ]);
    for (const output of outputs) {
      const metadata = await sharp(output.data).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.hasProfile).toBe(false);
      expect(metadata.orientation).toBeUndefined();
      for (const secret of PRIVATE_STRINGS) expect(output.data.includes(secret)).toBe(false);
    }

    // Orientation 6 turns the 400 × 200 red-left/blue-right picture clockwise: red on top.
    expect({ width: image.width, height: image.height }).toEqual({ width: 200, height: 400 });
    const full = outputs.find((variant) => variant.kind === "FULL")!;
    expect({ width: full.width, height: full.height }).toEqual({ width: 200, height: 400 });
    for (const upright of outputs.filter((variant) => variant.kind !== "THUMB")) {
      expectNear(await pixelAt(upright.data, 100, 100), RED);
      expectNear(await pixelAt(upright.data, 100, 300), BLUE);
    }
    await expectTruthfulVariants(outputs);
  });

  it("accepts a JPEG with the minor data warnings ordinary cameras produce", async () => {
    const jpeg = await solid(200, 200, "#ff8800").jpeg().toBuffer();
    const startOfScan = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    const withStrayBytes = Buffer.concat([jpeg.subarray(0, startOfScan), Buffer.from([1, 2, 3]), jpeg.subarray(startOfScan)]);
    expect((await prepareImage(withStrayBytes)).ok).toBe(true);
  });
});

describe("the variants prepareImage produces", () => {
  it("makes THUMB 480 and 960, DISPLAY 1280 and 2560 and FULL from a 3000 × 2000 source", async () => {
    const input = await redLeftBlueRight(3000, 2000).jpeg().toBuffer();
    const image = await prepared(input);
    const deferred = await laterVariants(image);

    expect(image.immediate.map((variant) => variant.format).sort()).toEqual(["jpeg", "webp", "webp", "webp", "webp"]);
    expect(deferred.every((variant) => variant.format === "avif")).toBe(true);
    expect(sizes(image.immediate, "FULL")).toEqual(["3000x2000"]);
    for (const variants of [image.immediate, deferred]) {
      expect(sizes(variants, "THUMB")).toEqual(["480x270", "960x540"]);
      expect(sizes(variants, "DISPLAY")).toEqual(["1280x853", "2560x1707"]);
    }
    await expectTruthfulVariants([...image.immediate, ...deferred]);
  });

  it("never upscales an 800 × 600 source", async () => {
    const image = await prepared(await redLeftBlueRight(800, 600).png().toBuffer());
    const deferred = await laterVariants(image);
    for (const variants of [image.immediate, deferred]) {
      expect(sizes(variants, "DISPLAY")).toEqual(["800x600"]);
      expect(sizes(variants, "THUMB")).toEqual(["480x270", "800x450"]);
    }
    expect(sizes(image.immediate, "FULL")).toEqual(["800x600"]);
  });
});

describe("accepted formats", () => {
  const expectSmallSet = async (image: PreparedImage, fullFormat: string) => {
    const deferred = await laterVariants(image);
    expect(image.immediate.map((variant) => `${variant.kind} ${variant.format} ${variant.width}x${variant.height}`)).toEqual([
      `FULL ${fullFormat} 320x240`,
      "DISPLAY webp 320x240",
      "THUMB webp 320x180",
    ]);
    expect(deferred.map((variant) => `${variant.kind} ${variant.format} ${variant.width}x${variant.height}`)).toEqual([
      "DISPLAY avif 320x240",
      "THUMB avif 320x180",
    ]);
    await expectTruthfulVariants([...image.immediate, ...deferred]);
  };

  it("takes a PNG and keeps its transparency", async () => {
    const png = await solid(320, 240, { r: 0, g: 128, b: 255, alpha: 0.5 }, 4).png().toBuffer();
    const image = await prepared(png);
    await expectSmallSet(image, "png");
    for (const variant of image.immediate) expect((await sharp(variant.data).metadata()).hasAlpha).toBe(true);
  });

  it("takes a WebP", async () => {
    await expectSmallSet(await prepared(await solid(320, 240, "#aa3355").webp().toBuffer()), "webp");
  });

  it("takes an AVIF", async () => {
    await expectSmallSet(await prepared(await solid(320, 240, "#aa3355").avif({ effort: 0 }).toBuffer()), "avif");
  });

  it("takes a static GIF as PNG", async () => {
    await expectSmallSet(await prepared(await solid(320, 240, "#aa3355").gif().toBuffer()), "png");
  });

  it("takes only the first frame of an animated GIF", async () => {
    const gif = await twoFrameGif(100);
    expect((await sharp(gif).metadata()).pages).toBe(2);
    const image = await prepared(gif);
    expect({ width: image.width, height: image.height }).toEqual({ width: 100, height: 100 });
    const full = image.immediate.find((variant) => variant.kind === "FULL")!;
    expect(full.format).toBe("png");
    expect((await sharp(full.data).metadata()).pages).toBeUndefined();
    expectNear(await pixelAt(full.data, 50, 90), RED);
    expect(image.dominantColor).toBe("#ff0000");
  });
});
