/**
 * Draws the app icons into public/icons from one SVG (a painter's palette):
 * `npx tsx scripts/make-icons.ts`. Run once and commit the PNGs; the app
 * serves them as static files. "any" icons have rounded corners on a
 * transparent ground; maskable ones fill the square and keep the palette in
 * the central 80% circle that every launcher mask leaves visible.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { THEME_COLORS } from "@/lib/pwa/theme-colors";

const OUT = path.join(import.meta.dirname, "../public/icons");
/** The dark theme's background. */
const GROUND = THEME_COLORS.dark;

/** The palette on a 512 × 512 canvas, centred on (256, 256), about 400 px wide. */
const PALETTE = `
  <path fill="#f4efe6" d="M256 64c-110 0-196 78-196 180 0 92 70 168 160 168 30 0 44-16 44-38 0-26-20-34-20-58 0-22 18-36 44-36h44c68 0 104-38 104-92C436 118 356 64 256 64z"/>
  <circle cx="176" cy="206" r="34" fill="#e4572e"/>
  <circle cx="256" cy="150" r="34" fill="#f3a712"/>
  <circle cx="340" cy="184" r="34" fill="#2e86ab"/>
  <circle cx="150" cy="296" r="34" fill="#4caf50"/>`;

function svg({ maskable }: { maskable: boolean }): string {
  // Maskable: the palette shrinks to 70% so it sits well inside the 80% safe zone.
  const scale = maskable ? 0.7 : 0.86;
  const ground = maskable
    ? `<rect width="512" height="512" fill="${GROUND}"/>`
    : `<rect width="512" height="512" rx="112" fill="${GROUND}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${ground}
    <g transform="translate(256 256) scale(${scale}) translate(-256 -238)">${PALETTE}</g></svg>`;
}

async function write(name: string, size: number, maskable: boolean): Promise<void> {
  await sharp(Buffer.from(svg({ maskable })))
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(path.join(OUT, name));
}

await mkdir(OUT, { recursive: true });
await write("icon-192.png", 192, false);
await write("icon-512.png", 512, false);
await write("maskable-192.png", 192, true);
await write("maskable-512.png", 512, true);
// iOS draws its own rounded corners and shows transparency as black: a full square.
await write("apple-touch-icon.png", 180, true);
console.log(`Icons written to ${OUT}`);
