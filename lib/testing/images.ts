import { crc32, deflateSync } from "node:zlib";
import sharp, { type Sharp } from "sharp";
import { expect } from "vitest";

/**
 * Real image files made on the fly for the tests, so no binary fixtures are
 * committed. Test-only: nothing in the app imports this module.
 */

type Colour = { r: number; g: number; b: number; alpha?: number };

export const RED = { r: 255, g: 0, b: 0 } as const;
export const BLUE = { r: 0, g: 0, b: 255 } as const;
export const GREEN = { r: 0, g: 255, b: 0 } as const;

export function solid(width: number, height: number, background: Colour | string, channels: 3 | 4 = 3): Sharp {
  return sharp({ create: { width, height, channels, background } });
}

/** Red left half, blue right half: any rotation or mirroring shows in the pixels. */
export function redLeftBlueRight(width: number, height: number): Sharp {
  return solid(width, height, BLUE).composite([
    { input: { create: { width: width / 2, height, channels: 3, background: RED } }, left: 0, top: 0 },
  ]);
}

export const PRIVATE_STRINGS = ["ACME Optics", "Snapper 9", "SN-4711-0815", "Jane Private"] as const;

/**
 * A camera-style JPEG, 400 × 200 stored, with EXIF orientation 6 (display
 * turned 90° clockwise), make, model, body serial, GPS position, XMP and a
 * Display P3 ICC profile: everything the pipeline must strip.
 */
export async function cameraJpeg(): Promise<Buffer> {
  const pixels = await redLeftBlueRight(400, 200).png().toBuffer();
  return sharp(pixels)
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: PRIVATE_STRINGS[0], Model: PRIVATE_STRINGS[1], Artist: PRIVATE_STRINGS[3] },
      IFD2: { BodySerialNumber: PRIVATE_STRINGS[2] },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "13/1 24/1 18/1" },
    })
    .withIccProfile("p3")
    .withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
        `<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${PRIVATE_STRINGS[3]}</dc:creator>` +
        `</rdf:Description></rdf:RDF></x:xmpmeta>`,
    )
    .toBuffer();
}

/** Busy pixels, so that the compressed data is most of the file. */
export function noisyJpeg(width: number, height: number): Promise<Buffer> {
  return sharp({
    create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** An animated GIF: a red frame, then a green one. */
export function twoFrameGif(side: number): Promise<Buffer> {
  return sharp({ create: { width: side, height: side * 2, channels: 3, background: GREEN, pageHeight: side } })
    .composite([{ input: { create: { width: side, height: side, channels: 3, background: RED } }, left: 0, top: 0 }])
    .gif()
    .toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG written byte by byte: any size the header may claim, with the data we choose. */
export function handMadePng(opts: { width: number; height: number; bitDepth: number; colourType: number; idat: Buffer }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(opts.width, 0);
  ihdr.writeUInt32BE(opts.height, 4);
  ihdr.writeUInt8(opts.bitDepth, 8);
  ihdr.writeUInt8(opts.colourType, 9); // compression, filter and interlace stay 0
  return Buffer.concat([PNG_SIGNATURE, pngChunk("IHDR", ihdr), pngChunk("IDAT", opts.idat), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A decompression bomb: 100,000 × 100,000 RGB claimed (30 GB decoded) in under 100 bytes. */
export function pngBomb(): Buffer {
  return handMadePng({ width: 100_000, height: 100_000, bitDepth: 8, colourType: 2, idat: deflateSync(Buffer.alloc(64)) });
}

/** A genuine, fully decodable 8000 × 7000 (56 MP) black 1-bit greyscale PNG, made in milliseconds. */
export function hugeValidPng(): Buffer {
  const width = 8000;
  const height = 7000;
  const rowBytes = 1 + width / 8; // filter byte, then 1 bit a pixel
  return handMadePng({ width, height, bitDepth: 1, colourType: 0, idat: deflateSync(Buffer.alloc(rowBytes * height)) });
}

/** The same PNG with one byte of its pixel data flipped, CRC left as it was. */
export function corruptPng(png: Buffer): Buffer {
  const broken = Buffer.from(png);
  const idat = broken.indexOf("IDAT", 0, "latin1");
  broken[idat + 12] ^= 0xff;
  return broken;
}

/** An HEIC file's opening: an ftyp box naming HEVC brands, then filler. */
export function heicHeader(): Buffer {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from("ftypheic", "latin1"),
    Buffer.from([0, 0, 0, 0]),
    Buffer.from("mif1heic", "latin1"),
  ]);
  return Buffer.concat([ftyp, Buffer.alloc(512, 7)]);
}

/** The colour of one pixel of an encoded image. */
export async function pixelAt(image: Buffer, x: number, y: number): Promise<{ r: number; g: number; b: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return { r: data[at], g: data[at + 1], b: data[at + 2] };
}

type Rgb = { r: number; g: number; b: number };

/** Lossy encoders shift colours a little; a turned or mirrored picture is off by 255. */
export function expectNear(actual: Rgb, expected: Rgb) {
  const distance = Math.max(...(["r", "g", "b"] as const).map((channel) => Math.abs(actual[channel] - expected[channel])));
  expect(distance, `${JSON.stringify(actual)} should be near ${JSON.stringify(expected)}`).toBeLessThanOrEqual(24);
}
