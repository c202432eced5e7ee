import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { StorageSettings } from "@/lib/env-schema";
import {
  assertValidKey,
  rangeHeader,
  resolveRange,
  type MediaStorage,
  type RangeRequest,
  type StoredFile,
} from "@/lib/storage/media-storage";

export type S3Settings = Omit<Extract<StorageSettings, { driver: "s3" }>, "driver">;

function isMissing(error: unknown): boolean {
  return error instanceof NoSuchKey || error instanceof NotFound;
}

/** S3 answers 416 when a range starts past the end of the object. */
function isRangeOutsideObject(error: unknown): boolean {
  return error instanceof S3ServiceException && error.$metadata.httpStatusCode === 416;
}

/** "bytes 100-199/1000": the bytes sent and the whole object's size. */
function parseContentRange(header: string | undefined): { start: number; end: number; size: number } {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header ?? "");
  if (!match) throw new Error(`The store answered a range request without a usable Content-Range: ${JSON.stringify(header)}`);
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

/**
 * Objects in one bucket of Amazon S3 or an S3-compatible store, keyed by the
 * media keys themselves. Writes need no temporary names: S3 shows an object
 * only once its upload is complete, and replaces one in a single step.
 */
export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // The SDK's default checksums (a CRC32 trailer in a chunked body) are
      // refused by many S3-compatible stores: send them only where S3 requires them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, data: Buffer): Promise<void> {
    assertValidKey(key);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data, ContentLength: data.length }));
  }

  /** A server-side copy: the bytes never pass through the app. A missing source is NoSuchKey. */
  async copy(from: string, to: string): Promise<void> {
    assertValidKey(from);
    assertValidKey(to);
    // Valid keys hold no character that needs escaping in the copy source.
    await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: `${this.bucket}/${from}` }));
  }

  async read(key: string, request?: RangeRequest): Promise<StoredFile | null> {
    assertValidKey(key);
    try {
      if (request && "suffix" in request) return await this.readSuffix(key, request.suffix);
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: request ? rangeHeader(request) : undefined }),
      );
      const stream = object.Body!.transformToWebStream() as ReadableStream<Uint8Array>;
      if (!request) return { stream, size: object.ContentLength! };
      const { start, end, size } = parseContentRange(object.ContentRange);
      return { stream, size, range: { start, end } };
    } catch (error) {
      if (isMissing(error)) return null;
      if (request && isRangeOutsideObject(error)) return this.outsideRange(key);
      throw error;
    }
  }

  /**
   * The last bytes, from an explicit range: S3 itself takes "bytes=-N", but
   * not every compatible store does (s3rver reads it as the first N+1).
   */
  private async readSuffix(key: string, suffix: number): Promise<StoredFile | null> {
    const size = await this.sizeOf(key);
    const range = resolveRange({ suffix }, size);
    if (!range) return { stream: new Blob().stream(), size, range: null };
    return this.read(key, range);
  }

  /** The whole object's size for a 416 answer, or null when the object went meanwhile. */
  private async outsideRange(key: string): Promise<StoredFile | null> {
    try {
      return { stream: new Blob().stream(), size: await this.sizeOf(key), range: null };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private async sizeOf(key: string): Promise<number> {
    return (await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))).ContentLength!;
  }

  /** S3 answers a delete of a missing key with success too. */
  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
