import Pusher from "pusher";
import PusherClient from "pusher-js";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env-schema";
import { clientOptionsFrom, pusherClientOptions, pusherServerOptions, serverOptionsFrom } from "@/lib/realtime/config";

describe("realtime configuration", () => {
  it("points both sides at the bundled server by default, the browser without the secret", () => {
    const values = parseEnv({ REALTIME_PORT: "6101" });
    expect(serverOptionsFrom(values)).toEqual({
      appId: "artist-collective",
      key: "dev-key",
      secret: "dev-secret-not-for-production",
      host: "127.0.0.1",
      port: "6101",
      useTLS: false,
    });
    const client = clientOptionsFrom(values);
    expect(client).toEqual({
      key: "dev-key",
      wsHost: "127.0.0.1",
      wsPort: 6101,
      wssPort: 6101,
      forceTLS: false,
      cluster: "mt1",
      enabledTransports: ["ws", "wss"],
      disableStats: true,
    });
    expect(JSON.stringify(client)).not.toContain(values.PUSHER_SECRET);
  });

  it("points both sides at Pusher's cloud with a cluster and no host", () => {
    const values = parseEnv({ PUSHER_CLUSTER: "eu", PUSHER_APP_ID: "123", PUSHER_KEY: "abc", PUSHER_SECRET: "s3cret" });
    expect(serverOptionsFrom(values)).toEqual({ appId: "123", key: "abc", secret: "s3cret", cluster: "eu", useTLS: true });
    expect(clientOptionsFrom(values)).toEqual({
      key: "abc",
      forceTLS: true,
      cluster: "eu",
      enabledTransports: ["ws", "wss"],
      disableStats: true,
    });
  });

  it("lets the browser reach the server by its public address", () => {
    const values = parseEnv({ PUSHER_PUBLIC_HOST: "art.example.com", PUSHER_PUBLIC_PORT: "443", PUSHER_PUBLIC_USE_TLS: "true" });
    expect(clientOptionsFrom(values)).toMatchObject({ wsHost: "art.example.com", wsPort: 443, wssPort: 443, forceTLS: true });
    expect(serverOptionsFrom(values)).toMatchObject({ host: "127.0.0.1", port: "6001", useTLS: false });
  });

  it("gives options the official clients accept as they are", () => {
    const server = new Pusher(pusherServerOptions());
    expect(server.authorizeChannel("1.2", "private-x").auth).toMatch(/^dev-key:[0-9a-f]{64}$/);
    // Checked by the type checker (creating the client would connect at once).
    const { key, ...options } = pusherClientOptions();
    const accepted: ConstructorParameters<typeof PusherClient> = [key, options];
    expect(accepted[0]).toBe("dev-key");
  });
});
