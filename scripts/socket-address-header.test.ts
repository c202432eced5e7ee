import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-address";

const preload = path.join(import.meta.dirname, "socket-address-header.mjs");

/** A server made the way Next.js makes its own, in a process with the preload, asked once with the given headers. */
async function headerSeenByServer(requestHeaders: Record<string, string>): Promise<string> {
  const script = `
    import http from "node:http";
    const server = http.createServer((request, response) => response.end(String(request.headers["${SOCKET_ADDRESS_HEADER}"])));
    server.listen(0, "127.0.0.1", async () => {
      const response = await fetch("http://127.0.0.1:" + server.address().port, { headers: ${JSON.stringify(requestHeaders)} });
      console.log(await response.text());
      server.close();
    });`;
  const { stdout } = await promisify(execFile)(process.execPath, [`--import=${preload}`, "--input-type=module", "-e", script]);
  return stdout.trim();
}

describe("the socket address header", () => {
  it("carries the TCP peer's address to the app", async () => {
    expect(await headerSeenByServer({})).toBe("127.0.0.1");
  });

  it("cannot be forged by the client", async () => {
    expect(await headerSeenByServer({ [SOCKET_ADDRESS_HEADER]: "198.51.100.1", "x-forwarded-for": "198.51.100.2" })).toBe("127.0.0.1");
  });
});
