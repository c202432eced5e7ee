/**
 * The database part of each measured page, timed in-process with the app's
 * own query functions: what is left of a page's time is rendering and
 * Next.js itself. Imports lib/db: load with `await import()`.
 */
import { listArtworks } from "@/lib/art/queries";
import { getProfile } from "@/lib/users/profiles";
import { sized } from "../support/quick";
import { distribution } from "../support/stats";

const WARM_UPS = sized(5, 1);
const RUNS = sized(40, 5);

async function p50(work: () => Promise<unknown>): Promise<number> {
  for (let run = 0; run < WARM_UPS; run++) await work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return distribution(times).p50;
}

/** p50 milliseconds by page path, for the same pages the load test requests. */
export async function timeGalleryQueries(
  paths: { first: string; deep: string; profile: string },
  deepPage: number,
  artist: string,
): Promise<Map<string, number>> {
  const profile = async () => {
    const found = await getProfile(artist);
    if (!found) throw new Error(`no artist ${artist}`);
    return listArtworks({ page: 1, authorId: found.id });
  };
  return new Map([
    [paths.first, await p50(() => listArtworks({ page: 1 }))],
    [paths.deep, await p50(() => listArtworks({ page: deepPage }))],
    [paths.profile, await p50(profile)],
  ]);
}
