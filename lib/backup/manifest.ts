import "server-only";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

/** A backup folder holds these three: the database copy, the media tree, and this description. */
export const BACKUP_DATABASE = "database.db";
export const BACKUP_MEDIA = "media";
export const BACKUP_MANIFEST = "manifest.json";

const count = z.number().int().nonnegative();

export const manifestSchema = z.object({
  format: z.literal(1),
  /** When the database snapshot was taken: the moment the backup shows. */
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  /** How the database was copied, for whoever reads the folder later. */
  method: z.literal("VACUUM INTO"),
  migrations: z.object({ applied: count, latest: z.string().nullable() }),
  database: z.object({ file: z.literal(BACKUP_DATABASE), bytes: count, tables: z.record(z.string(), count) }),
  media: z.union([
    z.object({
      folder: z.literal(BACKUP_MEDIA),
      files: count,
      bytes: count,
      /** Referenced by the database yet absent from MEDIA_ROOT itself when the backup was taken. */
      missing: z.array(z.string()),
    }),
    /** Taken with STORAGE_DRIVER=s3: the files stayed in this bucket (see mediaInBucketAdvice). */
    z.object({ bucket: z.string() }),
  ]),
});

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * Why a backup of a site on S3 holds no media, and what protects them
 * instead: copying a bucket is the store's job (it keeps old versions and
 * replicas far better than a folder beside the database could).
 */
export function mediaInBucketAdvice(bucket: string): string {
  return (
    `media are not in the backup: they stay in the S3 bucket "${bucket}" (STORAGE_DRIVER=s3). ` +
    "Protect them there: turn on the bucket's versioning (to go back to the moment of a backup) " +
    "and replication to another region or account."
  );
}

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writeFile(path.join(folder, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: "wx" });
}

/** The folder's manifest, or a sentence saying why there is no usable one. */
export async function readManifest(folder: string): Promise<{ ok: true; manifest: Manifest } | { ok: false; problem: string }> {
  const file = path.join(folder, BACKUP_MANIFEST);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return { ok: false, problem: `${file} is missing: this is not a folder written by npm run db:backup` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${file} is not valid JSON` };
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${file} is not a backup manifest (${issue.path.join(".") || "file"}: ${issue.message})` };
  }
  return { ok: true, manifest: parsed.data };
}
