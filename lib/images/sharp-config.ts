import "server-only";
import sharp, { type SharpOptions } from "sharp";
import { MAX_PIXELS } from "@/lib/images/limits";

// One libvips thread per operation and no operation cache: memory stays flat
// with several uploads in flight, and runInImageQueue decides the parallelism.
sharp.concurrency(1);
sharp.cache(false);

/**
 * For every sharp() call. limitInputPixels backs up the header check for the
 * formats we do not parse ourselves (AVIF). failOn "truncated" refuses cut-off
 * files but lets through the minor warnings ordinary camera JPEGs carry.
 */
export const INPUT_OPTIONS = { limitInputPixels: MAX_PIXELS, failOn: "truncated" } as const satisfies SharpOptions;

export { sharp };
