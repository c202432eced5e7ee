/** Where media files live. Local disk now; an object store later implements the same four calls. */
export interface MediaStorage {
  /** Stores the bytes under the key, atomically: readers never see a partial file. */
  put(key: string, data: Buffer): Promise<void>;
  /**
   * Stores the file at `from` under `to` as well, atomically like put; a
   * missing `from` is an error. How hidden artwork changes its URLs (an
   * object store's server-side copy, CopyObject on S3; a hard link on disk).
   */
  copy(from: string, to: string): Promise<void>;
  /** The file as a stream with its size, or null when there is none. */
  read(key: string): Promise<StoredFile | null>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

export type StoredFile = { stream: ReadableStream<Uint8Array>; size: number };

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
