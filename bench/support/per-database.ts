/**
 * `--database both`: a benchmark once per database, each in a process of its
 * own (lib/db picks its database once, at import), one after the other so
 * they never compete for the machine. Each run writes its figures to a JSON
 * file the parent names (`--figures`), which the parent reads back to print
 * them side by side.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATABASE_LABEL, DATABASES, type DatabaseName } from "./database";
import { onCleanup } from "./processes";

/** Runs `npm run <script>` for one database; resolves when it has finished, rejects when it failed. */
function runOne(script: string, database: DatabaseName, figuresFile: string, passOn: string[]): Promise<void> {
  const child = spawn("npm", ["run", "--silent", script, "--", "--database", database, "--figures", figuresFile, ...passOn], {
    stdio: "inherit",
  });
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  // The child is in this process group: Ctrl-C reaches it; the watchdog's clean-up stops it.
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  });
  return exited.then((code) => {
    if (code !== 0) throw new Error(`${script} on ${DATABASE_LABEL[database]} failed (exit ${code})`);
  });
}

/** Both runs in turn, with `passOn` (e.g. --quick) given to each; their figures in DATABASES' order. */
export async function runOnEachDatabase<Figures>(script: string, passOn: string[]): Promise<Figures[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), "artist-collective-bench-figures-"));
  onCleanup(() => rmSync(folder, { recursive: true, force: true }));
  const figures: Figures[] = [];
  for (const database of DATABASES) {
    const file = path.join(folder, `${database}.json`);
    await runOne(script, database, file, passOn);
    figures.push(JSON.parse(readFileSync(file, "utf8")) as Figures);
  }
  return figures;
}
