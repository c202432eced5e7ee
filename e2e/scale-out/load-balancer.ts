/**
 * A tiny round-robin HTTP load balancer for the scale-out tests:
 * `node --import tsx e2e/scale-out/load-balancer.ts <port> <backend port>…`.
 * Each request goes to the next instance in turn (no stickiness: what one
 * instance wrote, the next must serve), and the answer says which one served
 * it in X-Served-By, so a test can show that both did.
 */
import http from "node:http";

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

server.listen(listenPort, "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
