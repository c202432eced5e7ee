import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareAvatar, type AvatarFile } from "@/lib/images/avatar";
import { BLUE, PRIVATE_STRINGS, RED, cameraJpeg, corruptPng, expectNear, pixelAt, redLeftBlueRight, solid } from "@/lib/testing/images";

async function avatarFiles(input: Buffer): Promise<AvatarFile[]> {
  const result = await prepareAvatar(input);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.value;
}

async function refusal(input: Buffer): Promise<string> {
  const result = await prepareAvatar(input);
  if (result.ok) throw new Error("expected the avatar to be refused");
  return result.message;
}

describe("prepareAvatar", () => {
  it("makes square 64 and 256 px crops in AVIF and WebP, each truly what it claims", async () => {
    const files = await avatarFiles(await redLeftBlueRight(1200, 800).jpeg().toBuffer());
    expect(files.map((file) => `${file.side} ${file.format}`).sort()).toEqual(["256 avif", "256 webp", "64 avif", "64 webp"]);
    for (const file of files) {
      const metadata = await sharp(file.data).metadata();
      expect(metadata.format).toBe(file.format === "avif" ? "heif" : "webp");
      if (file.format === "avif") expect(metadata.compression).toBe("av1");
      expect({ width: metadata.width, height: metadata.height }).toEqual({ width: file.side, height: file.side });
    }
  });

  it("strips EXIF, GPS, serials, XMP and ICC, and crops the upright picture", async () => {
    const files = await avatarFiles(await cameraJpeg());
    for (const file of files) {
      const metadata = await sharp(file.data).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      for (const secret of PRIVATE_STRINGS) expect(file.data.includes(secret)).toBe(false);
    }
    // Turned clockwise, the 400 × 200 red-left/blue-right source is red on
    // top, blue below; a square from its middle keeps both halves.
    const large = files.find((file) => file.side === 256 && file.format === "webp")!;
    expectNear(await pixelAt(large.data, 128, 20), RED);
    expectNear(await pixelAt(large.data, 128, 236), BLUE);
  });

  it("enlarges the smallest accepted source to every side", async () => {
    const files = await avatarFiles(await solid(64, 90, BLUE).png().toBuffer());
    const large = files.find((file) => file.side === 256 && file.format === "avif")!;
    expect((await sharp(large.data).metadata()).width).toBe(256);
    expectNear(await pixelAt(large.data, 200, 200), BLUE);
  });

  it("refuses non-images and damaged files with the upload pipeline's messages", async () => {
    expect(await refusal(Buffer.from("Not a picture, just words.\n"))).toBe(
      "This file is not an image we accept; upload a JPEG, PNG, WebP, AVIF or GIF.",
    );
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      "SVG files are not accepted; upload a JPEG, PNG, WebP, AVIF or GIF.",
    );
    expect(await refusal(corruptPng(await solid(200, 200, RED).png().toBuffer()))).toBe(
      "This image is damaged or incomplete; try exporting it again.",
    );
    expect(await refusal(await solid(40, 300, RED).png().toBuffer())).toBe(
      "This image is 40 × 300 pixels; each side must be at least 64 pixels.",
    );
  });
});
