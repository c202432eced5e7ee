import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Script } from "node:vm";
import { describe, expect, it } from "vitest";
import { buildWorkerScript, readBuild, readWorkerSources } from "./worker-script";

function fakeDist(buildId: string): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), "sw-dist-"));
  writeFileSync(path.join(dist, "BUILD_ID"), `${buildId}\n`);
  mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  mkdirSync(path.join(dist, "static", buildId), { recursive: true });
  writeFileSync(path.join(dist, "static", "chunks", "app.js"), "");
  writeFileSync(path.join(dist, "static", "chunks", "app.js.map"), "");
  writeFileSync(path.join(dist, "static", buildId, "_buildManifest.js"), "");
  return dist;
}

describe("the service worker script", () => {
  it("lists this build's static files (not source maps) with the offline page and icons", () => {
    const build = readBuild(fakeDist("build-one"));
    expect(build).toEqual({ id: "build-one", staticPaths: ["/_next/static/build-one/_buildManifest.js", "/_next/static/chunks/app.js"] });
    const script = buildWorkerScript(build, readWorkerSources());
    for (const file of ["/offline", "/manifest.webmanifest", "/icons/maskable-512.png", "/_next/static/chunks/app.js"])
      expect(script).toContain(`"${file}"`);
  });

  it("is a classic script (no import or export left) that parses", () => {
    const script = buildWorkerScript(readBuild(fakeDist("build-one")), readWorkerSources());
    expect(script).not.toMatch(/^\s*(export|import) /m);
    expect(() => new Script(script)).not.toThrow();
  });

  it("changes with every build, so browsers install the new worker", () => {
    const first = buildWorkerScript(readBuild(fakeDist("build-one")), readWorkerSources());
    const second = buildWorkerScript(readBuild(fakeDist("build-two")), readWorkerSources());
    expect(first).not.toBe(second);
  });
});
