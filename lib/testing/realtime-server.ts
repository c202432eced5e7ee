import type { PusherError, TestServer } from "@/lib/testing/realtime-protocol";

/**
 * The real realtime server (our Pusher-protocol one) on a free port, with
 * the app's pusher client pointed at it. The client reads its settings when
 * first imported, so call this from `vi.hoisted`, which runs before the test
 * file's imports.
 */
export async function realtimeServerForTheApp(): Promise<TestServer> {
  const { startTestServer, TEST_APP } = await import("@/lib/testing/realtime-protocol");
  const server = await startTestServer();
  Object.assign(process.env, {
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: String(server.port),
    PUSHER_APP_ID: TEST_APP.id,
    PUSHER_KEY: TEST_APP.key,
    PUSHER_SECRET: TEST_APP.secret,
  });
  return server;
}

/**
 * A member's open chat page as the realtime server sees it: a pusher-js
 * connection signed in as them (as app/api/realtime/user-auth signs it).
 */
export async function liveConnectionOf(server: TestServer, userId: string) {
  const { nextEvent, signedIn, until } = await import("@/lib/testing/realtime-protocol");
  const pusher = await server.connectedClient({ user: { userId } });
  await signedIn(pusher);
  const own = await server.subscribed(pusher, `fence-${userId}`);
  const errors: PusherError[] = [];
  pusher.bind("pusher:error", (error: PusherError) => errors.push(error));
  return {
    /** The error the server ended the connection with. */
    async endedWith(): Promise<PusherError> {
      await until(`the connection of ${userId} to end`, () => errors.length > 0);
      return errors[0];
    },
    /** Its state once everything the server sent it so far has arrived (an event after it, through the HTTP API). */
    async settledState(): Promise<string> {
      const arrived = nextEvent(own, "fence");
      await server.sdk.trigger(own.name, "fence", {});
      await arrived;
      return pusher.connection.state;
    },
  };
}
