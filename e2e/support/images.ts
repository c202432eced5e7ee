import sharp from "sharp";

/** A real picture made for the test: noise makes it big enough to watch the upload progress. */
export async function testPicture({ width = 1600, height = 900, noisy = false } = {}) {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 }, ...(noisy ? { noise: { type: "gaussian", mean: 128, sigma: 60 } } : {}) } });
  return { name: "my-painting.png", mimeType: "image/png", buffer: await base.png().toBuffer() };
}
