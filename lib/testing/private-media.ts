import path from "node:path";
import type * as EnvModule from "@/lib/env";

/**
 * "@/lib/env" with a media folder of the test file's own, for files that
 * write media beside a private database: the shared folder's orphan checks
 * (lib/art/publish.test.ts) would otherwise see their files. Use it as
 * `vi.mock("@/lib/env", async (original) => (await import("@/lib/testing/private-media")).withOwnMediaFolder(await original(), "name"))`.
 */
export function withOwnMediaFolder(module: typeof EnvModule, folder: string): typeof EnvModule {
  return { ...module, env: { ...module.env, mediaRoot: path.join(module.env.mediaRoot, "..", folder) } };
}
