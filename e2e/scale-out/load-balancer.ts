/**
 * A tiny round-robin load balancer for the scale-out tests:
 * `node --import tsx e2e/scale-out/load-balancer.ts <port> <backend port>…`.
 * Each HTTP request goes to the next backend in turn (no stickiness: what one
 * instance wrote, the next must serve), and the answer says which one served
 * it in X-Served-By, so a test can show that both did. A WebSocket upgrade is
 * passed through whole to the next backend: in front of the soketi nodes it
 * is the one realtime address every instance gives browsers.
 */
import http from "node:http";
import net from "node:net";

const [listenPort, ...backendPorts] = process.argv.slice(2).map(Number);
if (!listenPort || backendPorts.length === 0) {
  console.error("usage: load-balancer.ts <port> <backend port>…");
  process.exit(2);
}

let next = 0;

const server = http.createServer((request, response) => {
  const index = next++ % backendPorts.length;
  const upstream = http.request(
    { host: "127.0.0.1", port: backendPorts[index], method: request.method, path: request.url, headers: request.headers },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": `instance-${index + 1}` });
      answer.pipe(response);
    },
  );
  upstream.on("error", (error) => {
    if (!response.headersSent) response.writeHead(502, { "content-type": "text/plain" });
    response.end(`instance-${index + 1} did not answer: ${error.message}`);
  });
  request.pipe(upstream);
});

server.on("upgrade", (request, client, head) => {
  const upstream = net.connect({ host: "127.0.0.1", port: backendPorts[next++ % backendPorts.length] }, () => {
    const headers = Object.entries(request.headers).map(([name, value]) => `${name}: ${String(value)}`);
    upstream.write([`${request.method} ${request.url} HTTP/1.1`, ...headers, "", ""].join("\r\n"));
    upstream.write(head);
    upstream.pipe(client).pipe(upstream);
  });
  upstream.on("error", () => client.destroy());
  client.on("error", () => upstream.destroy());
});

server.listen(listenPort, "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
