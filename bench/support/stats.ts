/** Percentiles and the little formatting the benchmark report needs. */

/** p975: the 97.5th percentile, which autocannon reports and the HTTP targets are set on. */
export type Distribution = { n: number; p50: number; p95: number; p975: number; p99: number; max: number; mean: number };

/**
 * Linear interpolation between closest ranks (numpy's default), so that a
 * p95 of 15 samples is not simply the maximum; the maximum is reported too.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function distribution(values: readonly number[]): Distribution {
  const sorted = values.toSorted((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p975: percentile(sorted, 97.5),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean,
  };
}

/** Milliseconds, as "850 ms" or "1.42 s". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}

/** "4,309,730 B (4.11 MiB)" for big files, "5,486 B (5.4 KiB)" for small ones. */
export function bytes(value: number): string {
  const exact = `${value.toLocaleString("en")} B`;
  if (value >= 1024 * 1024) return `${exact} (${(value / 1024 / 1024).toFixed(2)} MiB)`;
  return `${exact} (${(value / 1024).toFixed(1)} KiB)`;
}

export function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

/** A plain-text table: first column left-aligned, the others right-aligned (they hold numbers). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].map((row) => `  ${row}`).join("\n");
}

export function heading(title: string): void {
  console.log(`\n== ${title} ${"=".repeat(Math.max(3, 74 - title.length))}`);
}
