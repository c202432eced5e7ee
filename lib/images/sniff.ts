/**
 * What a file is, from its first bytes only. The allow-list is the security
 * boundary: only bytes that look like one of our formats ever reach libvips,
 * so an SVG (scripts, external entities), PDF or TIFF is never parsed by it,
 * whatever the file is called or claims to be.
 */
export type SniffedFormat =
  | "jpeg"
  | "png"
  | "webp"
  | "gif"
  /** An ISO-BMFF image (ftyp box) that may be AVIF; libvips tells AV1 from HEVC. */
  | "heif"
  /** An ISO-BMFF image whose brands say HEVC and nothing AV1. */
  | "heic"
  | "svg"
  | "unknown";

const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEVC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
const GENERIC_HEIF_BRANDS = new Set(["mif1", "msf1", "miaf"]);

function startsWith(bytes: Buffer, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.toString("latin1", start, Math.min(end, bytes.length));
}

export function sniffFormat(bytes: Buffer): SniffedFormat {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return "gif";
  if (ascii(bytes, 4, 8) === "ftyp") return sniffIsoBmff(bytes);
  if (looksLikeSvg(bytes)) return "svg";
  return "unknown";
}

function sniffIsoBmff(bytes: Buffer): SniffedFormat {
  const boxSize = bytes.readUInt32BE(0);
  const end = Math.min(boxSize >= 16 ? boxSize : 16, bytes.length, 256);
  // Major brand at 8, minor version at 12, then the compatible brands.
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return "heif";
  if (brands.some((brand) => HEVC_BRANDS.has(brand))) return "heic";
  if (brands.some((brand) => GENERIC_HEIF_BRANDS.has(brand))) return "heif";
  return "unknown"; // MP4, MOV, JPEG 2000 and friends share the ftyp box.
}

/**
 * Only to word the refusal: an SVG would be refused as "unknown" anyway.
 * Looks past a BOM, whitespace, the XML declaration, comments and a doctype
 * for an <svg element near the start, in UTF-8 or UTF-16.
 */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = decodeHead(bytes.subarray(0, 4096));
  const text = head.replace(/^\uFEFF/, "").trimStart();
  if (!text.startsWith("<")) return false;
  const withoutPreamble = text.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>|\s+)*/i, "");
  return /^<(?:[\w-]+:)?svg[\s>/]/i.test(withoutPreamble) || /<!DOCTYPE\s+svg/i.test(text);
}

function decodeHead(head: Buffer): string {
  if (startsWith(head, [0xff, 0xfe])) return head.toString("utf16le");
  if (startsWith(head, [0xfe, 0xff]))
    return Buffer.from(head.subarray(0, head.length & ~1))
      .swap16()
      .toString("utf16le");
  return head.toString("utf8");
}
