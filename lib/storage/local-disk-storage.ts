import { createReadStream } from "node:fs";
import { constants } from "node:fs";
import { copyFile, link, mkdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import {
  assertValidKey,
  resolveRange,
  type ByteRange,
  type MediaStorage,
  type RangeRequest,
  type StoredFile,
} from "@/lib/storage/media-storage";

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

function streamOf(file: string, range?: ByteRange): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(file, range)) as ReadableStream<Uint8Array>;
}

/** Why a hard link can fail where a copy works: another file system, one without links, or an inode's link limit. */
const NO_LINK_HERE = new Set(["EXDEV", "EPERM", "EMLINK", "ENOTSUP", "EOPNOTSUPP"]);

async function linkOrCopy(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    if (!NO_LINK_HERE.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    await copyFile(source, target, constants.COPYFILE_EXCL);
  }
}

/** Files under one root folder (MEDIA_ROOT), outside public/ so only the media route serves them. */
export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.writeAtomically(key, (temporary) => writeFile(temporary, data, { flag: "wx" }));
  }

  /**
   * A hard link: instant and no extra space, and safe because files are
   * never changed in place (put renames a new file over a name). A copy
   * where links are impossible.
   */
  async copy(from: string, to: string): Promise<void> {
    const source = this.pathOf(from);
    await this.writeAtomically(to, (temporary) => linkOrCopy(source, temporary));
  }

  async read(key: string, request?: RangeRequest): Promise<StoredFile | null> {
    const file = this.pathOf(key);
    try {
      const { size } = await stat(file);
      if (!request) return { stream: streamOf(file), size };
      const range = resolveRange(request, size);
      return { stream: range ? streamOf(file, range) : new Blob().stream(), size, range };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /**
   * Written beside the target and renamed into place: a crash leaves a
   * temporary file, never a half-written image under the real name.
   */
  private async writeAtomically(key: string, write: (temporary: string) => Promise<void>): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.tmp-${randomBytes(6).toString("hex")}`;
    try {
      await write(temporary);
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      // Tidy a folder made for this file alone (a copy whose source was missing).
      await rmdir(path.dirname(target)).catch(() => undefined);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    await rm(file, { force: true });
    // Tidy the artwork's folder once its last file is gone.
    await rmdir(path.dirname(file)).catch(() => undefined);
  }
}
