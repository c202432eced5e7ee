/** Gallery throughput with autocannon, with p95 computed from every response (autocannon reports no p95). */
import autocannon, { type Result } from "autocannon";
import { distribution, type Distribution } from "../support/stats";

export type LoadResult = {
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latency: Distribution;
  /** Connection errors plus timeouts. */
  errors: number;
  non2xx: number;
  /** When the measured run began and ended, on the monotonic clock in microseconds (for a CPU profile's samples). */
  measured: { fromUs: number; toUs: number };
};

const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);

const REQUEST_TIMEOUT_S = 10;
/** As a browser asks: `next start` then compresses every page, which is part of what it costs. */
const BROWSER_HEADERS = { accept: "text/html", "accept-encoding": "gzip, deflate, br" };

/** extraHeaders: a signed-in member's cookie, say. */
function run(
  url: string,
  connections: number,
  seconds: number,
  extraHeaders: Record<string, string>,
  onLatency?: (ms: number) => void,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: REQUEST_TIMEOUT_S, headers: { ...BROWSER_HEADERS, ...extraHeaders } },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onLatency) instance.on("response", (_client, _status, _bytes, responseTime) => onLatency(responseTime));
  });
}

/** A warm-up run first (JIT, module loading, SQLite page cache), then the measured one. */
export async function measurePage(
  origin: string,
  path: string,
  { connections, seconds, warmUpSeconds }: { connections: number; seconds: number; warmUpSeconds: number },
  extraHeaders: Record<string, string> = {},
): Promise<LoadResult> {
  const url = `${origin}${path}`;
  if (warmUpSeconds > 0) await run(url, connections, warmUpSeconds, extraHeaders);
  const latencies: number[] = [];
  const fromUs = monotonicUs();
  const result = await run(url, connections, seconds, extraHeaders, (latency) => latencies.push(latency));
  const toUs = monotonicUs();
  return {
    path,
    connections,
    seconds: result.duration,
    requests: latencies.length,
    requestsPerSecond: latencies.length / result.duration,
    latency: distribution(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    measured: { fromUs, toUs },
  };
}

/**
 * One request first: a page that redirects or errors would otherwise be
 * "fast" under load. Counts the artwork cards to prove the page is the real one.
 */
export async function checkPage(
  origin: string,
  path: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; cards: number; bytes: number; encoding: string }> {
  const response = await fetch(`${origin}${path}`, {
    headers: { ...BROWSER_HEADERS, ...extraHeaders },
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  const encoding = response.headers.get("content-encoding") ?? "none";
  return { status: response.status, cards: html.split('class="artwork-card"').length - 1, bytes: Buffer.byteLength(html), encoding };
}
