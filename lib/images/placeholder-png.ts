import { crc32, deflateSync } from "node:zlib";
import { thumbHashToRGBA } from "thumbhash";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const COLOUR_TYPE = { 3: 2, 4: 6 } as const; // RGB, RGBA
const SUB_FILTER = 1;

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

type Pixels = { width: number; height: number; channels: 3 | 4; data: Uint8Array };

/**
 * A small PNG: the "Sub" row filter turns a smooth gradient into runs of
 * near-zero bytes that deflate squeezes (thumbhash's own data URL stores the
 * pixels raw, ~4 KB a card; this is ~0.3 KB).
 */
function encodePng({ width, height, channels, data }: Pixels): Buffer {
  const stride = width * channels;
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let row = 0; row < height; row++) {
    const out = row * (stride + 1);
    scanlines[out] = SUB_FILTER;
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? data[row * stride + i - channels] : 0;
      scanlines[out + 1 + i] = (data[row * stride + i] - left) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = COLOUR_TYPE[channels];
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(scanlines, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Every other pixel, and no alpha channel when the image is opaque: the browser blurs it back up anyway. */
function reduce(width: number, height: number, rgba: Uint8Array): Pixels {
  const opaque = rgba.every((value, index) => index % 4 !== 3 || value === 255);
  const channels = opaque ? 3 : 4;
  const halfWidth = Math.ceil(width / 2);
  const halfHeight = Math.ceil(height / 2);
  const data = new Uint8Array(halfWidth * halfHeight * channels);
  for (let y = 0; y < halfHeight; y++) {
    for (let x = 0; x < halfWidth; x++) {
      const source = (y * 2 * width + x * 2) * 4;
      data.set(rgba.subarray(source, source + channels), (y * halfWidth + x) * channels);
    }
  }
  return { width: halfWidth, height: halfHeight, channels, data };
}

/** The ThumbHash as a tiny PNG data URL, painted under the image while it loads. */
export function placeholderDataUrl(thumbHash: string): string {
  const { w, h, rgba } = thumbHashToRGBA(Buffer.from(thumbHash, "base64"));
  return `data:image/png;base64,${encodePng(reduce(w, h, rgba)).toString("base64")}`;
}
