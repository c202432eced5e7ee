/**
 * Uploads in-process through the app's own code path (the body of
 * POST /api/artworks without the HTTP around it). Imports lib/db: load it
 * with `await import()` only after the workspace has set the environment.
 */
import { publishArtwork } from "@/lib/art/publish";
import { db } from "@/lib/db";
import { encodeVariant, type VariantSpec } from "@/lib/images/encode";
import { inspectImage } from "@/lib/images/inspect";
import { prepareImage, type EncodedVariant } from "@/lib/images/pipeline";
import { describeColours } from "@/lib/images/placeholder";
import { fullFormatFor, planDisplayEdges, planThumbs } from "@/lib/images/variants";
import { usernameKey } from "@/lib/auth/schemas";
import { appJobWorker } from "@/lib/jobs/app-worker";
import { runDueJobs } from "@/lib/jobs/queue";

// The app's worker, as the server runs it (JOB_CONCURRENCY), without its polling: each upload nudges it as the route does.
appJobWorker();

export type VariantInfo = Pick<EncodedVariant, "kind" | "format" | "width" | "height"> & {
  bytes: number;
  stage: "immediate" | "deferred";
};

export type UploadSample = {
  artworkId: string;
  /** Bytes in hand → row committed with every WebP variant: what the uploader waits for. */
  viewableMs: number;
  /** prepareImage: checks, decode, FULL + WebP encodes (includes waiting for a queue slot). */
  prepareMs: number;
  /** publishArtwork: writing the files and inserting the rows. */
  publishMs: number;
  /** Bytes in hand → AVIF rows attached, or null when this run skipped the AVIF stage. */
  avifReadyMs: number | null;
  variants: VariantInfo[];
};

const describe = (variants: EncodedVariant[], stage: VariantInfo["stage"]): VariantInfo[] =>
  variants.map(({ kind, format, width, height, data }) => ({ kind, format, width, height, bytes: data.length, stage }));

/**
 * One upload, timed from the moment the bytes are in memory. With AVIF, the
 * job the upload enqueued runs right after publishing, as the route's
 * `after()` runs it; the job reads the stored FULL image back and encodes.
 */
export async function uploadOnce(jpeg: Buffer, authorId: string, title: string, withAvif: boolean): Promise<UploadSample> {
  const started = performance.now();
  const prepared = await prepareImage(jpeg);
  if (!prepared.ok) throw new Error(`the benchmark image was refused: ${prepared.message}`);
  const prepareMs = performance.now() - started;
  const published = await publishArtwork(authorId, { title, description: "Benchmark upload", tags: [] }, prepared.value);
  const viewableMs = performance.now() - started;
  if (!published.ok) throw new Error(`the benchmark upload was refused: ${published.message} (raise STORAGE_QUOTA_MB)`);
  const artwork = published.value;
  const sample: UploadSample = {
    artworkId: artwork.id,
    viewableMs,
    prepareMs,
    publishMs: viewableMs - prepareMs,
    avifReadyMs: null,
    variants: describe(prepared.value.immediate, "immediate"),
  };
  if (!withAvif) return sample;

  await runDueJobs();
  sample.avifReadyMs = performance.now() - started;
  // A failed job is logged and retried later; a figure for AVIF rows that never landed would be a lie.
  const deferred = await db.artworkVariant.findMany({ where: { artworkId: artwork.id, format: "avif", kind: { not: "FULL" } } });
  const expected = prepared.value.immediate.filter((variant) => variant.kind !== "FULL").length;
  if (deferred.length !== expected) throw new Error(`only ${deferred.length} of ${expected} AVIF variants were attached`);
  sample.variants.push(
    ...deferred.map(({ kind, width, height, bytes }) => ({
      kind,
      format: "avif" as const,
      width,
      height,
      bytes,
      stage: "deferred" as const,
    })),
  );
  return sample;
}

/**
 * Uploads one after another, so each figure is one upload on an otherwise
 * idle machine. The AVIF stage is run (and timed) for the first `avifRuns`
 * only: at ~3 s each it would otherwise dominate the benchmark's run time.
 */
export async function uploadSeries(
  jpeg: Buffer,
  authorId: string,
  { warmUps, runs, avifRuns }: { warmUps: number; runs: number; avifRuns: number },
): Promise<UploadSample[]> {
  for (let run = 0; run < warmUps; run++) await uploadOnce(jpeg, authorId, `Warm-up ${run + 1}`, true);
  const samples: UploadSample[] = [];
  for (let run = 0; run < runs; run++) samples.push(await uploadOnce(jpeg, authorId, `In-process upload ${run + 1}`, run < avifRuns));
  return samples;
}

/** A member who may upload: uploads wait for a confirmed address, so theirs is confirmed from the start. */
export async function createBenchUser(username: string, passwordHash: string): Promise<string> {
  const email = `${username}@example.com`;
  const user = await db.user.create({
    data: { username, usernameKey: usernameKey(username), passwordHash, email, emailKey: email.toLowerCase(), emailVerifiedAt: new Date() },
    select: { id: true },
  });
  return user.id;
}

export type StepTiming = { step: string; ms: number };

/**
 * Each step of the pipeline once, one after another, to show where an
 * upload's time goes. prepareImage runs the encodes two at a time, so its
 * wall time is the decode plus the longer of its two lanes, not this sum.
 */
export async function pipelineSteps(jpeg: Buffer): Promise<StepTiming[]> {
  const steps: StepTiming[] = [];
  const time = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    steps.push({ step, ms: performance.now() - started });
    return result;
  };
  const inspected = await time("inspect header", () => inspectImage(jpeg));
  if (!inspected.ok) throw new Error(inspected.message);
  await time("placeholder + colour (reads every pixel)", () => describeColours(jpeg));
  await time(`FULL ${fullFormatFor(inspected.value.format)}`, () =>
    encodeVariant(jpeg, { kind: "FULL" }, fullFormatFor(inspected.value.format)),
  );
  const scaled: VariantSpec[] = [
    ...planDisplayEdges(inspected.value).map((longEdge): VariantSpec => ({ kind: "DISPLAY", longEdge })),
    ...planThumbs(inspected.value).map((size): VariantSpec => ({ kind: "THUMB", ...size })),
  ];
  const label = (spec: VariantSpec, format: string) =>
    spec.kind === "DISPLAY"
      ? `DISPLAY ${spec.longEdge} px ${format}`
      : spec.kind === "THUMB"
        ? `THUMB ${spec.width}×${spec.height} ${format}`
        : `FULL ${format}`;
  for (const spec of scaled) await time(label(spec, "webp"), () => encodeVariant(jpeg, spec, "webp"));
  for (const spec of scaled) await time(label(spec, "avif (deferred)"), () => encodeVariant(jpeg, spec, "avif"));
  return steps;
}
