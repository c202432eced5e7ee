/**
 * Where a server's CPU time went, from the V8 profile `node --cpu-prof`
 * writes when the process exits: self time summed by function and by the
 * package (or part of the build) its code comes from.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Share = { name: string; ms: number; share: number };
export type ProfileSummary = { totalMs: number; byFunction: Share[]; byOrigin: Share[] };

/** The largest profile in the folder: the server's, not npx's that started it. */
export function largestProfile(folder: string): string {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(folder, name));
  if (files.length === 0) throw new Error(`no .cpuprofile was written in ${folder}`);
  return files.reduce((largest, file) => (statSync(file).size > statSync(largest).size ? file : largest));
}

/** Where a frame's code lives: a package, a part of Next.js's build, Node itself, or V8's own entries ("(garbage collector)"). */
export function originOf({ functionName, url }: CallFrame): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (inPackage) {
    const [, name, rest] = inPackage;
    // Next.js ships React's server renderer and its own server in one package: tell them apart.
    if (name === "next" && /compiled\/react-dom|react-server-dom/.test(rest)) return "react-dom (server rendering, in next)";
    if (name === "next" && /compiled\//.test(rest)) return `next (compiled ${/compiled\/([^/]+)/.exec(rest)?.[1] ?? "?"})`;
    return name;
  }
  if (url.includes("/.next/server/chunks/")) return "the app (.next/server/chunks)";
  if (url.includes("/.next/server/")) return "the app (.next/server)";
  if (url.startsWith("node:")) return `node (${url.slice(5).split("/")[0]})`;
  return url;
}

function top(totals: Map<string, number>, totalMs: number, count: number): Share[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms, share: ms / totalMs }));
}

/** A stretch of time on the monotonic clock both V8's profiles and process.hrtime read, in microseconds. */
export type Window = { fromUs: number; toUs: number };

type Sample = { frame: CallFrame; atUs: number; ms: number };

export function readSamples(file: string): Sample[] {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile & { startTime: number };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  let atUs = profile.startTime;
  return profile.samples.map((id, index) => {
    atUs += profile.timeDeltas[index];
    return { frame: nodes.get(id)!.callFrame, atUs, ms: profile.timeDeltas[index] / 1000 };
  });
}

const functionName = (frame: CallFrame) => {
  const where = frame.url ? `${path.basename(frame.url)}:${frame.lineNumber + 1}` : "";
  return `${frame.functionName || "(anonymous)"} ${where} [${originOf(frame)}]`.trim();
};

/** Self time of the samples taken within `window`, by function and by origin. (idle) is left out: it is time not spent. */
export function summarise(samples: Sample[], window: Window, count = 20): ProfileSummary {
  const byFunction = new Map<string, number>();
  const byOrigin = new Map<string, number>();
  let totalMs = 0;
  for (const { frame, atUs, ms } of samples) {
    if (atUs < window.fromUs || atUs > window.toUs || frame.functionName === "(idle)") continue;
    totalMs += ms;
    byFunction.set(functionName(frame), (byFunction.get(functionName(frame)) ?? 0) + ms);
    byOrigin.set(originOf(frame), (byOrigin.get(originOf(frame)) ?? 0) + ms);
  }
  return { totalMs, byFunction: top(byFunction, totalMs, count), byOrigin: top(byOrigin, totalMs, Number.POSITIVE_INFINITY) };
}
