import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env-schema";
import { bundledServerLine, externalServerLine } from "@/lib/realtime/startup-lines";

describe("what npm start says about realtime", () => {
  it("calls the bundled server single-instance and says what to use for several", () => {
    expect(bundledServerLine(parseEnv({}), 6001)).toBe(
      'Realtime: bundled single-instance server (Pusher protocol 7) for app "artist-collective" on ws://127.0.0.1:6001/app/dev-key; ' +
        "for several app instances use soketi or Pusher (docs/scaling.md)",
    );
  });

  it("names the server elsewhere, and that the bundled one is not started", () => {
    expect(externalServerLine(parseEnv({ PUSHER_HOST: "soketi.internal", PUSHER_PORT: "443", PUSHER_USE_TLS: "true" }))).toBe(
      "Realtime: the Pusher-protocol server at https://soketi.internal:443 (PUSHER_HOST); the bundled server is not started.",
    );
    expect(externalServerLine(parseEnv({ PUSHER_CLUSTER: "eu" }))).toBe(
      "Realtime: Pusher's cloud (cluster eu); the bundled server is not started.",
    );
  });
});
