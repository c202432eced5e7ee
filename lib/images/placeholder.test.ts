import { thumbHashToApproximateAspectRatio, thumbHashToAverageRGBA } from "thumbhash";
import { describe, expect, it } from "vitest";
import { describeColours, dominantColour } from "@/lib/images/placeholder";
import { BLUE, RED, solid } from "@/lib/testing/images";

async function coloursOf(image: Buffer) {
  return describeColours(image);
}

describe("placeholder and dominant colour", () => {
  it("gives a short base64 ThumbHash that renders the picture's colour and shape", async () => {
    const { placeholder } = await coloursOf(await solid(640, 320, "#3a7bd5").png().toBuffer());
    expect(placeholder).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const hash = Buffer.from(placeholder, "base64");
    expect(hash.length).toBeGreaterThan(0);
    expect(hash.length).toBeLessThanOrEqual(25);
    const average = thumbHashToAverageRGBA(hash);
    // ThumbHash quantises its colours, so near is all it promises.
    expect(Math.abs(average.r * 255 - 0x3a)).toBeLessThan(12);
    expect(Math.abs(average.g * 255 - 0x7b)).toBeLessThan(12);
    expect(Math.abs(average.b * 255 - 0xd5)).toBeLessThan(12);
    expect(thumbHashToApproximateAspectRatio(hash)).toBeCloseTo(2, 0);
  });

  it("names a solid colour exactly", async () => {
    expect((await coloursOf(await solid(200, 200, "#3a7bd5").png().toBuffer())).dominantColor).toBe("#3a7bd5");
    expect((await coloursOf(await solid(200, 200, "#ff0000").png().toBuffer())).dominantColor).toBe("#ff0000");
  });

  it("picks the colour covering most of the picture", async () => {
    const mostlyBlue = await solid(300, 100, BLUE)
      .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: RED } }, left: 0, top: 0 }])
      .png()
      .toBuffer();
    expect((await coloursOf(mostlyBlue)).dominantColor).toBe("#0000ff");
  });

  it("does not let transparent pixels vote", () => {
    const pixels = new Uint8Array([...[0, 0, 0, 0], ...[0, 0, 0, 0], ...[0, 0, 0, 0], ...[200, 40, 10, 255]]);
    expect(dominantColour(pixels)).toBe("#c8280a");
    expect(dominantColour(new Uint8Array([9, 9, 9, 0]))).toBe("#090909");
  });
});
