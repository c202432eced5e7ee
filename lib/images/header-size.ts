import type { SniffedFormat } from "@/lib/images/sniff";

export type PixelSize = { width: number; height: number };

/**
 * The pixel size a file's header claims, read from a few bytes so that a
 * decompression bomb (a tiny file claiming 100,000 × 100,000 pixels) is
 * refused before libvips allocates anything. Null when the header cannot be
 * read here; libvips' own limitInputPixels then stands guard.
 */
export function readHeaderSize(bytes: Buffer, format: SniffedFormat): PixelSize | null {
  switch (format) {
    case "png":
      return pngSize(bytes);
    case "gif":
      return bytes.length >= 10 ? { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) } : null;
    case "webp":
      return webpSize(bytes);
    case "jpeg":
      return jpegSize(bytes);
    default:
      return null;
  }
}

function pngSize(bytes: Buffer): PixelSize | null {
  // IHDR is always the first chunk, right after the 8-byte signature.
  if (bytes.length < 24 || bytes.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function webpSize(bytes: Buffer): PixelSize | null {
  if (bytes.length < 30) return null;
  const chunk = bytes.toString("latin1", 12, 16);
  if (chunk === "VP8X") {
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  if (chunk === "VP8L" && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8 " && bytes[23] === 0x9d && bytes[24] === 0x01 && bytes[25] === 0x2a) {
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  }
  return null;
}

// Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpegSize(bytes: Buffer): PixelSize | null {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return null; // pixel data or the end, and no frame header yet
    const length = bytes.readUInt16BE(at + 2);
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      const height = bytes.readUInt16BE(at + 5);
      const width = bytes.readUInt16BE(at + 7);
      // A zero height is defined later by a DNL marker; leave that to libvips.
      return height === 0 ? null : { width, height };
    }
    at += 2 + length;
  }
  return null;
}
