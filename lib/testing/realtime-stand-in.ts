import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; query: URLSearchParams; body: unknown };
/** How the stand-in answers: as a working server, with an error status, or by dropping the connection like a crashed one. */
export type StandInMode =
  { kind: "accept"; channels?: Record<string, { user_count: number }> } | { kind: "error"; status: number } | { kind: "drop" };

async function bodyOf(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? JSON.parse(text) : undefined;
}

/**
 * Stands in for the realtime server's HTTP API in the chat's unit tests
 * (the protocol server has tests of its own): records each request the
 * app's `pusher` client makes, and answers as the test sets `mode`.
 */
export async function startRealtimeStandIn() {
  const requests: RecordedRequest[] = [];
  const state: { mode: StandInMode } = { mode: { kind: "accept" } };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stand-in");
    requests.push({ method: request.method ?? "", path: url.pathname, query: url.searchParams, body: await bodyOf(request) });
    const mode = state.mode;
    if (mode.kind === "drop") return request.socket.destroy();
    if (mode.kind === "error") return response.writeHead(mode.status).end("refused by the stand-in");
    const answer = request.method === "GET" ? { channels: mode.channels ?? {} } : {};
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Starts a stand-in and points the app's pusher client at it. The client
 * reads its address when first imported, so call this from `vi.hoisted`,
 * which runs before the test file's imports.
 */
export async function standInForTheApp() {
  const standIn = await startRealtimeStandIn();
  process.env.PUSHER_HOST = "127.0.0.1";
  process.env.PUSHER_PORT = String(standIn.port);
  return standIn;
}

/**
 * standInForTheApp for one test file: each test starts with no recorded
 * requests and a stand-in that accepts, and it closes after the file. Call
 * it from `vi.hoisted` too.
 */
export async function standInForTestFile() {
  const { afterAll, beforeEach } = await import("vitest");
  const standIn = await standInForTheApp();
  beforeEach(() => {
    standIn.requests.length = 0;
    standIn.state.mode = { kind: "accept" };
  });
  afterAll(() => standIn.close());
  return standIn;
}
