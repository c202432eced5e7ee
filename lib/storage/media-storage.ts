/** Where media files live: a folder on local disk, or an S3-compatible bucket (STORAGE_DRIVER). */
export interface MediaStorage {
  /** Stores the bytes under the key, atomically: readers never see a partial file. */
  put(key: string, data: Buffer): Promise<void>;
  /**
   * Stores the file at `from` under `to` as well, atomically like put; a
   * missing `from` is an error. How hidden artwork changes its URLs (an
   * object store's server-side copy, CopyObject on S3; a hard link on disk).
   */
  copy(from: string, to: string): Promise<void>;
  /**
   * The file as a stream with its size, or null when there is none. With a
   * range, only those bytes are read from the store (an HTTP Range request
   * for the end of a large file costs that end only).
   */
  read(key: string, range?: RangeRequest): Promise<StoredFile | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** First and last byte, both included, as HTTP's Content-Range counts them. */
export type ByteRange = { start: number; end: number };

/** The bytes from `start` (to `end`, or the end of the file), or the last `suffix` bytes: HTTP's three forms. */
export type RangeRequest = { start: number; end?: number } | { suffix: number };

export type StoredFile = {
  stream: ReadableStream<Uint8Array>;
  /** The whole file's size in bytes, whatever part the stream holds. */
  size: number;
  /**
   * Only when a range was asked for: the bytes the stream holds, or null
   * when the range lies outside the file (the stream is then empty).
   */
  range?: ByteRange | null;
};

/** The bytes a range request names in a file of `size` bytes (the end clamped to the file), or null when it names none. */
export function resolveRange(request: RangeRequest, size: number): ByteRange | null {
  if ("suffix" in request) return request.suffix > 0 && size > 0 ? { start: Math.max(0, size - request.suffix), end: size - 1 } : null;
  if (request.start >= size) return null;
  return { start: request.start, end: Math.min(request.end ?? size - 1, size - 1) };
}

/** The same request as an HTTP Range header value, which S3 honours natively. */
export function rangeHeader(request: RangeRequest): string {
  return "suffix" in request ? `bytes=-${request.suffix}` : `bytes=${request.start}-${request.end ?? ""}`;
}

/**
 * Keys are made by the app (random folder + fixed file names), never from
 * user input; this pattern is the last guard that one cannot climb out of
 * the media folder.
 */
const KEY_PATTERN = /^[a-z0-9]+(?:\/[a-z0-9][a-z0-9_-]*)*(?:\.[a-z0-9]+)?$/;

export function isValidKey(key: string): boolean {
  return key.length <= 200 && KEY_PATTERN.test(key);
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
}
