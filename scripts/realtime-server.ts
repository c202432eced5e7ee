/**
 * The bundled realtime server on its own: `tsx scripts/realtime-server.ts`.
 * `npm run dev` and `npm start` run it through scripts/serve.ts, beside
 * Next.js. Reads PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET, REALTIME_PORT, HOST,
 * REALTIME_MAX_CONNECTIONS_PER_ADDRESS and TRUST_PROXY;
 * stops cleanly on SIGINT/SIGTERM (clients are told to reconnect).
 */
import "./load-env";
import { parseEnvOrExit } from "@/lib/env-schema";
import { createRealtimeServer } from "@/lib/realtime/server/server";
import { bundledServerLine } from "@/lib/realtime/startup-lines";

/** What this process tells a parent started with an IPC channel (scripts/serve.ts) once it listens. */
export type ReadyMessage = { realtimeReady: true; port: number };

const env = parseEnvOrExit();
const server = createRealtimeServer({
  app: { id: env.PUSHER_APP_ID, key: env.PUSHER_KEY, secret: env.PUSHER_SECRET },
  maxConnectionsPerAddress: env.REALTIME_MAX_CONNECTIONS_PER_ADDRESS,
  trustProxy: env.TRUST_PROXY,
});

try {
  const { port } = await server.listen(env.REALTIME_PORT, env.HOST);
  console.log(bundledServerLine(env, port));
  process.send?.({ realtimeReady: true, port } satisfies ReadyMessage);
} catch (error) {
  const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
  console.error(inUse ? `Realtime server: port ${env.REALTIME_PORT} is already in use; stop what runs there or set REALTIME_PORT.` : error);
  process.exit(1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
