import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

/** Migrates a fresh database for the run with the real migrations, and removes it afterwards. */
export default function setup() {
  const databaseFile = process.env.VITEST_DATABASE_FILE!;
  const folder = path.dirname(databaseFile);
  rmSync(folder, { recursive: true, force: true });
  execFileSync("npx", ["--no-install", "prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}` },
    stdio: "pipe",
  });
  return () => rmSync(folder, { recursive: true, force: true });
}
