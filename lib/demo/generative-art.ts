/**
 * Deterministic generative artwork for demo content and benchmarks: layered
 * gradients, orbs and ribbons as SVG, rendered to a real raster by sharp.
 */
import sharp from "sharp";

/** A small, seedable PRNG (mulberry32): the same seed always gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generativeSvg(seed: number, width: number, height: number): string {
  const next = seededRandom(seed);
  const hue = Math.floor(next() * 360);
  const color = (shift: number, lightness: number, alpha = 1) =>
    `hsla(${(hue + shift) % 360}, ${55 + Math.floor(next() * 35)}%, ${lightness}%, ${alpha})`;
  const shapes: string[] = [];
  for (let i = 0; i < 14; i++) {
    const cx = Math.round(next() * width);
    const cy = Math.round(next() * height);
    const r = Math.round((0.05 + next() * 0.3) * Math.min(width, height));
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color(next() * 120, 30 + next() * 50, 0.55)}"/>`);
  }
  for (let i = 0; i < 6; i++) {
    const y = Math.round(next() * height);
    const amplitude = Math.round(next() * height * 0.3);
    const path = `M0 ${y} C ${width * 0.3} ${y - amplitude}, ${width * 0.6} ${y + amplitude}, ${width} ${y}`;
    shapes.push(
      `<path d="${path}" stroke="${color(180 + next() * 60, 70, 0.7)}" stroke-width="${Math.round(4 + next() * 30)}" fill="none"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="${color(0, 18)}"/><stop offset="1" stop-color="${color(60, 55)}"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#sky)"/>
  ${shapes.join("\n  ")}
</svg>`;
}

/** The artwork as a JPEG (or PNG), as an artist would export it. */
export async function generativeImage(seed: number, width: number, height: number, format: "jpeg" | "png" = "jpeg"): Promise<Buffer> {
  const raster = sharp(Buffer.from(generativeSvg(seed, width, height)));
  return format === "png" ? raster.png().toBuffer() : raster.jpeg({ quality: 92 }).toBuffer();
}
