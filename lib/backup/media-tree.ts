import "server-only";
import { copyFile, link, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";

/** lib/storage writes each file under `<name>.tmp-<hex>` and renames it: such a file is an upload in progress. */
const UNFINISHED_WRITE = /\.tmp-[0-9a-f]+$/;

export type MediaTally = { files: number; bytes: number; linked: number; copied: number };

export const emptyTally = (): MediaTally => ({ files: 0, bytes: 0, linked: 0, copied: 0 });

/** Relative paths of every finished file under the root ("/"-separated); none when the root does not exist. */
export async function listMediaFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile() && !UNFINISHED_WRITE.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
}

/**
 * One file into the other tree: a hard link where both are on one
 * filesystem (instant, no extra space; safe because media files are never
 * changed in place, only written once under a new random key and unlinked),
 * a copy elsewhere. Returns how, or null when the file went away meanwhile.
 */
async function linkOrCopy(source: string, target: string): Promise<"linked" | "copied" | null> {
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await link(source, target);
    return "linked";
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code !== "EXDEV" && code !== "EPERM") throw error;
  }
  try {
    await copyFile(source, target);
    return "copied";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function linkInto(file: string, sourceRoot: string, targetRoot: string, done: Set<string>, tally: MediaTally): Promise<boolean> {
  if (done.has(file)) return true;
  const target = path.join(targetRoot, ...file.split("/"));
  const how = await linkOrCopy(path.join(sourceRoot, ...file.split("/")), target);
  if (!how) return false;
  done.add(file);
  tally.files += 1;
  tally.bytes += (await stat(target)).size;
  tally[how] += 1;
  return true;
}

/**
 * Mirrors every file of `sourceRoot` not yet in `done` into `targetRoot`,
 * adding it to `done` and the tally. Called again, it picks up only what
 * appeared since; files deleted meanwhile are skipped.
 */
export async function mirrorMedia(sourceRoot: string, targetRoot: string, done: Set<string>, tally: MediaTally): Promise<void> {
  for (const file of await listMediaFiles(sourceRoot)) await linkInto(file, sourceRoot, targetRoot, done, tally);
}

/**
 * Mirrors just the given references: files, and folders written "folder/"
 * (every file in them). Returns those with nothing left to mirror: files
 * that are gone, folders without files.
 */
export async function mirrorReferences(references: string[], sourceRoot: string, targetRoot: string, done: Set<string>, tally: MediaTally): Promise<string[]> {
  const unavailable: string[] = [];
  for (const reference of references) {
    if (!reference.endsWith("/")) {
      if (!(await linkInto(reference, sourceRoot, targetRoot, done, tally))) unavailable.push(reference);
      continue;
    }
    const files = (await listMediaFiles(path.join(sourceRoot, ...reference.split("/")))).map((name) => reference + name);
    const linked = await Promise.all(files.map((file) => linkInto(file, sourceRoot, targetRoot, done, tally)));
    if (!linked.includes(true)) unavailable.push(reference);
  }
  return unavailable;
}
