/**
 * Upload limits, shared by the server pipeline and the upload form (which
 * shows them before anyone waits for a 25 MB upload to be refused).
 * Pure constants: safe to import from client components.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** Width × height, checked from the file header before any pixel is decoded. */
export const MAX_PIXELS = 50_000_000;

/** Smaller than this on either side cannot fill even the smallest thumbnail decently. */
export const MIN_SIDE = 64;

/**
 * An avatar is cropped to 256 px at most, and goes through a server action
 * (next.config.ts gives actions room for it; proxy.ts turns back a larger
 * form posted without JavaScript, which Next.js would fail as a whole).
 */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

export const ACCEPTED_FORMATS_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
