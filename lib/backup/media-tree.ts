import "server-only";
import { copyFile, link, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";

/** lib/storage writes each file under `<name>.tmp-<hex>` and renames it: such a file is an upload in progress. */
const UNFINISHED_WRITE = /\.tmp-[0-9a-f]+$/;

/** Links made at once: enough to keep the disk busy, few enough for any open-files limit. */
const FILES_AT_ONCE = 64;

export type MediaTally = { files: number; bytes: number; linked: number; copied: number };

export const emptyTally = (): MediaTally => ({ files: 0, bytes: 0, linked: 0, copied: 0 });

/** Relative paths of every finished file under the root ("/"-separated); none when the root does not exist. */
export async function listMediaFiles(root: string): Promise<string[]> {
  return listFolder(root, "");
}

/**
 * Reads sibling folders at once (thousands of artwork folders): Node's own
 * recursive readdir reads one folder after another, ten times slower here.
 * A folder deleted while it is read counts as empty.
 */
async function listFolder(root: string, prefix: string): Promise<string[]> {
  const entries = await readdir(path.join(root, ...prefix.split("/")), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  });
  const files = entries.filter((entry) => entry.isFile() && !UNFINISHED_WRITE.test(entry.name)).map((entry) => prefix + entry.name);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => `${prefix}${entry.name}/`);
  const nested = await Promise.all(folders.map((folder) => listFolder(root, folder)));
  return files.concat(...nested);
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
  // Read the size before touching the tally: `tally.bytes += await …` would
  // read the old total first and lose the links made meanwhile.
  const { size } = await stat(target);
  done.add(file);
  tally.files += 1;
  tally.bytes += size;
  tally[how] += 1;
  return true;
}

/**
 * Mirrors every file of `sourceRoot` not yet in `done` into `targetRoot`,
 * adding it to `done` and the tally. Called again, it picks up only what
 * appeared since; files deleted meanwhile are skipped.
 */
export async function mirrorMedia(sourceRoot: string, targetRoot: string, done: Set<string>, tally: MediaTally): Promise<void> {
  const files = (await listMediaFiles(sourceRoot)).filter((file) => !done.has(file));
  for (let start = 0; start < files.length; start += FILES_AT_ONCE) {
    await Promise.all(files.slice(start, start + FILES_AT_ONCE).map((file) => linkInto(file, sourceRoot, targetRoot, done, tally)));
  }
}

/**
 * Mirrors just the given references: files, and folders written "folder/"
 * (every file in them). Returns those with nothing left to mirror: files
 * that are gone, folders without files.
 */
export async function mirrorReferences(
  references: string[],
  sourceRoot: string,
  targetRoot: string,
  done: Set<string>,
  tally: MediaTally,
): Promise<string[]> {
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
