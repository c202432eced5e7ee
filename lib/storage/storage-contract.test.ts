import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import type { MediaStorage, RangeRequest } from "@/lib/storage/media-storage";
import { S3MediaStorage } from "@/lib/storage/s3-media-storage";
import { startS3rver } from "@/lib/testing/services/s3rver";

// What the app relies on from its media storage, checked on every driver
// against the real thing: a folder, and an S3-compatible server.
const s3 = await startS3rver();
afterAll(() => s3.stop());

const drivers: [string, () => Promise<MediaStorage>][] = [
  ["local disk", async () => new LocalDiskStorage(await mkdtemp(path.join(os.tmpdir(), "storage-contract-")))],
  ["S3 (s3rver)", async () => new S3MediaStorage(s3.settings)],
];

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString();
}

/** Each test its own folder of keys, so they share one bucket without meeting. */
let folders = 0;
const folder = () => `art/contract${(folders += 1)}${Date.now().toString(36)}`;

describe.each(drivers)("media storage on %s", (_name, makeStorage) => {
  it("gives back what was stored, with its size", async () => {
    const storage = await makeStorage();
    const key = `${folder()}/thumb-480.webp`;
    await storage.put(key, Buffer.from("image bytes"));

    const file = await storage.read(key);
    expect(file?.size).toBe(11);
    expect(file?.range).toBeUndefined();
    expect(await readAll(file!.stream)).toBe("image bytes");
  });

  it("reads a byte range, in each of HTTP's three forms, with the whole file's size", async () => {
    const storage = await makeStorage();
    const key = `${folder()}/full.png`;
    await storage.put(key, Buffer.from("0123456789"));

    const cases: [RangeRequest, string, { start: number; end: number }][] = [
      [{ start: 2, end: 5 }, "2345", { start: 2, end: 5 }],
      [{ start: 7 }, "789", { start: 7, end: 9 }],
      [{ suffix: 3 }, "789", { start: 7, end: 9 }],
      [{ start: 8, end: 100 }, "89", { start: 8, end: 9 }],
      [{ suffix: 50 }, "0123456789", { start: 0, end: 9 }],
    ];
    for (const [request, bytes, range] of cases) {
      const file = await storage.read(key, request);
      expect({ request, size: file?.size, range: file?.range, bytes: await readAll(file!.stream) }).toEqual({
        request,
        size: 10,
        range,
        bytes,
      });
    }
  });

  it("answers a range past the end with no bytes and the file's size, so the caller can say 416", async () => {
    const storage = await makeStorage();
    const key = `${folder()}/full.png`;
    await storage.put(key, Buffer.from("0123456789"));

    const file = await storage.read(key, { start: 10 });
    expect({ size: file?.size, range: file?.range, bytes: await readAll(file!.stream) }).toEqual({ size: 10, range: null, bytes: "" });
  });

  it("replaces a file whole: the next read gets the new bytes and the new size", async () => {
    const storage = await makeStorage();
    const key = `${folder()}/full.png`;
    await storage.put(key, Buffer.from("a longer first version"));
    await storage.put(key, Buffer.from("second"));

    const file = await storage.read(key);
    expect({ size: file?.size, bytes: await readAll(file!.stream) }).toEqual({ size: 6, bytes: "second" });
  });

  it("copies a file under a new key; each lives on without the other, and a copy replaces what was there", async () => {
    const storage = await makeStorage();
    const [from, to] = [`${folder()}/full.png`, `private/${folder()}/full.png`];
    await storage.put(from, Buffer.from("image bytes"));
    await storage.put(to, Buffer.from("older"));

    await storage.copy(from, to);
    await storage.delete(from);

    expect(await storage.read(from)).toBeNull();
    expect(await readAll((await storage.read(to))!.stream)).toBe("image bytes");
  });

  it("refuses to copy a missing file, and stores nothing under the new key", async () => {
    const storage = await makeStorage();
    const to = `${folder()}/full.png`;
    await expect(storage.copy(`${folder()}/none.png`, to)).rejects.toThrow();
    expect(await storage.read(to)).toBeNull();
  });

  it("deletes a file; deleting or reading a missing one is no error", async () => {
    const storage = await makeStorage();
    const key = `${folder()}/full.png`;
    await storage.put(key, Buffer.from("image bytes"));

    await storage.delete(key);
    expect(await storage.read(key)).toBeNull();
    expect(await storage.read(key, { start: 0, end: 3 })).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys the app never makes, which could leave the media folder or bucket prefix", async () => {
    const storage = await makeStorage();
    for (const key of ["../etc/passwd", "art/../../x", "/abs/path", "art//x", "Art/Upper.png", "art/x\\y", "art/x y", ""]) {
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/Invalid media key/);
      await expect(storage.read(key)).rejects.toThrow(/Invalid media key/);
      await expect(storage.copy("art/x1/full.png", key)).rejects.toThrow(/Invalid media key/);
      await expect(storage.copy(key, "art/x1/full.png")).rejects.toThrow(/Invalid media key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid media key/);
    }
  });
});
