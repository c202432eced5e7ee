/**
 * A stand-in for the realtime server's HTTP API, for benchmarks that call
 * the app's code in-process with no server running: what the app announces
 * after a change (a member's unread count, who is listening) is answered at
 * once on loopback, as a realtime server beside the app would, rather than
 * refused and logged for every write. Start it before any @/lib module is
 * imported: the app's pusher client reads its address once.
 */
import { onCleanup } from "./processes";

export async function standInRealtimeServer(): Promise<void> {
  const { standInForTheApp } = await import("@/lib/testing/realtime-stand-in");
  const realtime = await standInForTheApp();
  onCleanup(() => realtime.close());
}
