import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";

async function tempStorage() {
  const root = await mkdtemp(path.join(os.tmpdir(), "storage-test-"));
  return { root, storage: new LocalDiskStorage(root) };
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("local disk storage", () => {
  it("stores, streams back and deletes a file, leaving no temporary files or empty folders", async () => {
    const { root, storage } = await tempStorage();
    await storage.put("art/abc123/thumb-480.webp", Buffer.from("image bytes"));
    expect(await readdir(path.join(root, "art/abc123"))).toEqual(["thumb-480.webp"]);

    const file = await storage.read("art/abc123/thumb-480.webp");
    expect(file?.size).toBe(11);
    expect((await readAll(file!.stream)).toString()).toBe("image bytes");

    await storage.delete("art/abc123/thumb-480.webp");
    expect(await storage.read("art/abc123/thumb-480.webp")).toBeNull();
    expect(await readdir(path.join(root, "art"))).toEqual([]);
  });

  it("replaces a file atomically", async () => {
    const { root, storage } = await tempStorage();
    await storage.put("art/x1/full.png", Buffer.from("one"));
    await storage.put("art/x1/full.png", Buffer.from("two"));
    expect(await readFile(path.join(root, "art/x1/full.png"), "utf8")).toBe("two");
  });

  it("replaces a file whole: readers during many overwrites see one version or the other, never a mix (s3rver writes in place, so this is not in the contract)", async () => {
    const { storage } = await tempStorage();
    const key = "art/x2/full.png";
    const versions = ["a", "b", "c", "d", "e", "f"].map((letter) => letter.repeat(256 * 1024));
    await storage.put(key, Buffer.from(versions[0]));

    const seen = new Set<string>();
    const writes = (async () => {
      for (const version of versions.slice(1)) await storage.put(key, Buffer.from(version));
    })();
    const reads = Array.from({ length: 12 }, async () => {
      const file = await storage.read(key);
      const text = (await readAll(file!.stream)).toString();
      expect(text.length).toBe(file!.size);
      seen.add(text);
    });
    await Promise.all([writes, ...reads]);

    for (const text of seen) expect(versions).toContain(text);
    expect((await readAll((await storage.read(key))!.stream)).toString()).toBe(versions.at(-1));
  });

  it("copies a file under a new key; each name then lives on without the other", async () => {
    const { root, storage } = await tempStorage();
    await storage.put("art/old1/full.png", Buffer.from("image bytes"));
    await storage.copy("art/old1/full.png", "private/art/new1/full.png");
    await storage.delete("art/old1/full.png");
    expect((await readAll((await storage.read("private/art/new1/full.png"))!.stream)).toString()).toBe("image bytes");
    expect(await readdir(path.join(root, "art"))).toEqual([]);
    expect(await readdir(path.join(root, "private/art/new1"))).toEqual(["full.png"]);
  });

  it("refuses to copy a missing file, leaving no folder or temporary file behind", async () => {
    const { root, storage } = await tempStorage();
    await expect(storage.copy("art/none/full.png", "art/new2/full.png")).rejects.toThrow(/ENOENT/);
    expect(await readdir(root)).toEqual(["art"]);
    expect(await readdir(path.join(root, "art"))).toEqual([]);
  });
});
