/**
 * Runs before `npm start` and `npm run dev`: validates the environment (so a
 * bad variable stops start-up with a message naming it), applies pending
 * migrations, and with --seed-if-empty fills an empty development database.
 */
import "./load-env";
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { parseEnvOrExit } from "@/lib/env-schema";

const { values: flags } = parseArgs({
  options: { production: { type: "boolean" }, "seed-if-empty": { type: "boolean" } },
});

parseEnvOrExit({ ...process.env, ...(flags.production ? { NODE_ENV: "production" } : {}) });

const run = (command: string, args: string[]) => execFileSync(command, args, { stdio: "inherit" });

run("npx", ["--no-install", "prisma", "migrate", "deploy"]);
if (flags["seed-if-empty"]) {
  run("npx", ["--no-install", "tsx", "--conditions=react-server", "prisma/seed.ts", "--if-empty"]);
}
