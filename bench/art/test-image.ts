import sharp from "sharp";
import { generativeSvg } from "@/lib/demo/generative-art";
import { sized } from "../support/quick";

/** A camera's 12 MP; a quick run takes 2 MP, which still makes every kind of variant at a fraction of the encoding time. */
export const SOURCE_WIDTH = sized(4000, 1600);
export const SOURCE_HEIGHT = sized(3000, 1200);
/** "12 MP", for the headings. */
export const SOURCE_MEGAPIXELS = `${Math.round((SOURCE_WIDTH * SOURCE_HEIGHT) / 1e6)} MP`;

/**
 * Sensor-like grain over the generative picture. Without it the smooth
 * gradients compress to ~0.4 MB, a fraction of a real 12 MP camera JPEG
 * (3–6 MB), and every encoder downstream would have an easy time.
 */
const GRAIN_SIGMA = 20;

/** The upload: a JPEG of SOURCE_WIDTH × SOURCE_HEIGHT at quality 90 with grain, as a camera or an artist's export would give. */
export async function sourceJpeg(seed: number): Promise<Buffer> {
  const grain = await sharp({
    create: {
      width: SOURCE_WIDTH,
      height: SOURCE_HEIGHT,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: GRAIN_SIGMA },
    },
  })
    .raw()
    .toBuffer();
  return sharp(Buffer.from(generativeSvg(seed, SOURCE_WIDTH, SOURCE_HEIGHT)))
    .composite([{ input: grain, raw: { width: SOURCE_WIDTH, height: SOURCE_HEIGHT, channels: 3 }, blend: "overlay" }])
    .flatten()
    .jpeg({ quality: 90 })
    .toBuffer();
}
