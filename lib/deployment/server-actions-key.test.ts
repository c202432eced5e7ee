import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serverActionsKeyProblem } from "@/lib/deployment/server-actions-key";

const KEY = Buffer.alloc(32, 1).toString("base64");
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A .next folder as `next build` leaves it, with the key it built with. */
function buildWith(encryptionKey: string): string {
  const distDir = mkdtempSync(path.join(os.tmpdir(), "next-build-"));
  folders.push(distDir);
  mkdirSync(path.join(distDir, "server"));
  writeFileSync(path.join(distDir, "server", "server-reference-manifest.json"), JSON.stringify({ node: {}, edge: {}, encryptionKey }));
  return distDir;
}

describe("the server actions key of a build", () => {
  it("passes a build made with the key the instance runs with", () => {
    expect(serverActionsKeyProblem(KEY, buildWith(KEY))).toBeNull();
  });

  it("stops an instance whose build made up its own key, as a build without the variable does", () => {
    expect(serverActionsKeyProblem(KEY, buildWith(Buffer.alloc(32, 2).toString("base64")))).toMatch(
      /run `npm run build` with the same key set/,
    );
  });

  it("leaves a development server (no build) alone", () => {
    expect(serverActionsKeyProblem(KEY, path.join(os.tmpdir(), "no-such-build"))).toBeNull();
  });
});
