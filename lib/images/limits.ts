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

export const ACCEPTED_FORMATS_LABEL = "JPEG, PNG, WebP, AVIF or GIF";
