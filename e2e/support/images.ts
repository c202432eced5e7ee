import sharp from "sharp";

/** A real picture made for the test: noise makes it big enough to watch the upload progress. */
export async function testPicture({ width = 1600, height = 900, noisy = false } = {}) {
  const base = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 30, g: 110, b: 160 },
      ...(noisy ? { noise: { type: "gaussian", mean: 128, sigma: 60 } } : {}),
    },
  });
  return { name: "my-painting.png", mimeType: "image/png", buffer: await base.png().toBuffer() };
}

/**
 * A camera-sized JPEG of at least `bytes`: noise for real image data, then
 * comment segments (up to 64 KiB each, skipped by every decoder) after the
 * start marker until the file weighs enough.
 */
export async function largeJpeg({ width, height, bytes }: { width: number; height: number; bytes: number }) {
  const photo = await sharp({
    create: { width, height, channels: 3, background: { r: 90, g: 120, b: 60 }, noise: { type: "gaussian", mean: 120, sigma: 40 } },
  })
    .jpeg({ quality: 80 })
    .toBuffer();
  const comments: Buffer[] = [];
  for (let missing = bytes - photo.length; missing > 0; missing -= 65_537) {
    // The marker, then the length (which counts its own two bytes), then the comment.
    const comment = Buffer.alloc(65_537, 0x20);
    comment.writeUInt16BE(0xfffe, 0);
    comment.writeUInt16BE(65_535, 2);
    comments.push(comment);
  }
  return {
    name: "camera-original.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.concat([photo.subarray(0, 2), ...comments, photo.subarray(2)]),
  };
}
