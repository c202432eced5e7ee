import { existsSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import WebSocket from "ws";
import { signUpUnconfirmed, uniqueEmail, uniqueName } from "./support/accounts";
import { confirmAddressOf } from "./support/database";
import { testPicture } from "./support/images";
import { connectionRefused, OWN_SERVER_URL, startOwnServer, type OwnServer } from "./support/own-server";

/**
 * What `systemctl stop` or `docker stop` does to `npm start`: SIGTERM. The
 * server under test is its own (stopping the shared one would end the run).
 */
test.use({ baseURL: OWN_SERVER_URL });
// One server for the file's tests, the last of which stops it.
test.describe.configure({ mode: "serial" });
let server: OwnServer;
test.beforeAll(async () => {
  // Migrations, the realtime server and Next.js start first: slow on a busy machine.
  test.setTimeout(180_000);
  server = await startOwnServer();
});
test.afterAll(() => server?.remove());

/** An upload whose headers the server has taken (it answered 100 Continue) and whose body is still to come. */
async function beginUpload(baseUrl: string, cookie: string) {
  const form = new FormData();
  const picture = await testPicture({ width: 800, height: 600 });
  form.set("title", "Painted during a restart");
  form.set("file", new Blob([new Uint8Array(picture.buffer)], { type: picture.mimeType }), picture.name);
  const encoded = new Request(baseUrl, { method: "POST", body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  const request = http.request(`${baseUrl}/api/artworks`, {
    method: "POST",
    headers: {
      cookie,
      origin: baseUrl,
      accept: "application/json",
      "content-type": encoded.headers.get("content-type")!,
      "content-length": body.length,
      expect: "100-continue",
    },
  });
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    request.on("response", (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, text }));
    });
    request.on("error", reject);
  });
  await new Promise<void>((resolve) => request.once("continue", resolve));
  const half = Math.floor(body.length / 2);
  request.write(body.subarray(0, half));
  return { finish: () => request.end(body.subarray(half)), answer };
}

/** A keep-alive connection with one request answered and nothing in flight. */
async function idleKeepAliveConnection(port: number) {
  const socket = net.connect(port, "localhost");
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("error", () => {});
  await new Promise<void>((resolve) => {
    socket.once("data", () => resolve());
    socket.write(`GET /api/health HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: keep-alive\r\n\r\n`);
  });
  return { closed };
}

/** A chat client's connection to the realtime server; resolves with the close code it is sent. */
async function realtimeClient(port: number) {
  const socket = new WebSocket(`ws://localhost:${port}/app/dev-key?protocol=7`);
  await new Promise<void>((resolve) => socket.once("message", () => resolve()));
  return { closeCode: new Promise<number>((resolve) => socket.once("close", (code) => resolve(code))) };
}

test("listens on HOST alone (loopback by default), for the site and the chat", async () => {
  for (const port of [server.port, server.realtimePort]) {
    expect(await connectionRefused(port, "127.0.0.1"), `port ${port} on 127.0.0.1`).toBe(false);
    // Another loopback address of this machine: a server on every interface would answer there.
    expect(await connectionRefused(port, "127.0.0.2"), `port ${port} on 127.0.0.2`).toBe(true);
  }
});

test("SIGTERM finishes the upload in flight (leaving its AVIF job for the next start), refuses new connections, tells chat clients to reconnect, closes the database and exits 0", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Uploads wait for a confirmed address; this server keeps its own database.
  const username = uniqueName();
  await signUpUnconfirmed(page, username, uniqueEmail());
  await confirmAddressOf(username, server.databaseFile);
  const cookie = (await page.context().cookies(server.baseUrl)).map(({ name, value }) => `${name}=${value}`).join("; ");
  const chat = await realtimeClient(server.realtimePort);
  const idle = await idleKeepAliveConnection(server.port);
  const upload = await beginUpload(server.baseUrl, cookie);

  server.process.kill("SIGTERM");

  await expect.poll(() => connectionRefused(server.port), { timeout: 10_000 }).toBe(true);
  await idle.closed;
  upload.finish();
  const { status, text } = await upload.answer;
  expect(status, `${text}\n${server.output()}`).toBe(201);
  const { id } = JSON.parse(text) as { id: string };
  expect(await chat.closeCode).toBe(4200);
  expect(await server.exited, server.output()).toBe(0);

  expect(existsSync(`${server.databaseFile}-wal`)).toBe(false);
  const db = new Database(server.databaseFile, { readonly: true });
  try {
    expect(db.prepare("SELECT title FROM Artwork WHERE id = ?").pluck().get(id)).toBe("Painted during a restart");
    // Its AVIF variants were not started after the signal: their job waits in the database for the next start.
    expect(db.prepare("SELECT status, attempts FROM Job WHERE payload = ?").get(JSON.stringify({ artworkId: id }))).toEqual({
      status: "PENDING",
      attempts: 0,
    });
  } finally {
    db.close();
  }
});
