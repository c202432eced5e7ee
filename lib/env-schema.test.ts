import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEVELOPMENT_AUTH_SECRET,
  DEVELOPMENT_PUSHER_SECRET,
  EXAMPLE_AUTH_SECRET,
  EXAMPLE_PUSHER_SECRET,
  EnvError,
  parseEnv,
} from "@/lib/env-schema";

const PUSHER_SECRET = "0123456789abcdef0123";
const productionBase = { NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), AUTH_TRUST_HOST: "true", PUSHER_SECRET };

function problems(source: Record<string, string>): string[] {
  try {
    parseEnv(source, "/srv/app");
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("environment validation", () => {
  it("runs in development with no variables at all", () => {
    const env = parseEnv({}, "/srv/app");
    expect(env.NODE_ENV).toBe("development");
    expect(env.database).toEqual({ provider: "sqlite", file: path.resolve("/srv/app/data/app.db") });
    expect(env.mediaRoot).toBe(path.resolve("/srv/app/data/media"));
    expect(env.AUTH_SECRET).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(env.PORT).toBe(3000);
  });

  it("refuses to start production without a secret", () => {
    expect(problems({ NODE_ENV: "production", AUTH_TRUST_HOST: "true", PUSHER_SECRET })).toEqual([
      "AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)",
    ]);
  });

  it("refuses the development and example secrets in production", () => {
    for (const secret of [DEVELOPMENT_AUTH_SECRET, EXAMPLE_AUTH_SECRET]) {
      expect(problems({ ...productionBase, AUTH_SECRET: secret })[0]).toMatch(/^AUTH_SECRET is still the development\/example value/);
    }
    expect(problems({ ...productionBase, AUTH_SECRET: "short" })).toEqual(["AUTH_SECRET must be at least 32 characters in production"]);
  });

  it("reads a PostgreSQL URL as the database to use instead of a SQLite file", () => {
    for (const url of ["postgresql://art:secret@db.internal:5432/art", "postgres://db/art"]) {
      expect(parseEnv({ DATABASE_URL: url }).database).toEqual({ provider: "postgresql", url });
    }
  });

  it("names every invalid variable at once", () => {
    const found = problems({ DATABASE_URL: "mysql://db/app", PORT: "99999", AUTH_TRUST_HOST: "yes", AUTH_URL: "not a url" });
    expect(found).toHaveLength(4);
    expect(found.join("\n")).toMatch(/DATABASE_URL must be a SQLite file URL/);
    expect(found.join("\n")).toMatch(/PORT must be between 1 and 65535/);
    expect(found.join("\n")).toMatch(/AUTH_TRUST_HOST must be "true" or "false"/);
    expect(found.join("\n")).toMatch(/AUTH_URL must be an absolute URL/);
  });

  it("asks production for the public URL or trusting the proxy's host", () => {
    expect(problems({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), PUSHER_SECRET })).toEqual([
      "AUTH_URL or AUTH_TRUST_HOST=true is required in production so sign-in links use the right host",
    ]);
  });

  it("treats blank values as unset and reads flags and numbers", () => {
    const env = parseEnv({ ...productionBase, DATABASE_URL: " ", PORT: "8080", AUTH_URL: "https://art.example.com" }, "/srv/app");
    expect(env.database).toEqual({ provider: "sqlite", file: path.resolve("/srv/app/data/app.db") });
    expect(env.PORT).toBe(8080);
    expect(env.AUTH_TRUST_HOST).toBe(true);
  });

  it("explains where to look in its message", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/Invalid environment configuration:\n {2}- PORT .*\nSee \.env\.example/);
  });

  describe("realtime (Pusher)", () => {
    it("points at the bundled server on this machine by default", () => {
      const env = parseEnv({}, "/srv/app");
      expect(env).toMatchObject({
        PUSHER_APP_ID: "artist-collective",
        PUSHER_KEY: "dev-key",
        PUSHER_SECRET: DEVELOPMENT_PUSHER_SECRET,
        PUSHER_HOST: "127.0.0.1",
        PUSHER_PORT: 6001,
        PUSHER_USE_TLS: false,
        REALTIME_PORT: 6001,
        usesPusherCloud: false,
        usesBundledRealtime: true,
      });
      expect(parseEnv({ REALTIME_PORT: "6101" }).PUSHER_PORT).toBe(6101);
    });

    it("talks to Pusher's cloud, over TLS, with a cluster and no host", () => {
      const env = parseEnv({ PUSHER_CLUSTER: "eu" });
      expect(env).toMatchObject({ PUSHER_HOST: undefined, PUSHER_PORT: undefined, PUSHER_USE_TLS: true, usesPusherCloud: true });
      expect(env.usesBundledRealtime).toBe(false);
      expect(parseEnv({ PUSHER_CLUSTER: "eu", PUSHER_HOST: "soketi.internal" })).toMatchObject({
        PUSHER_HOST: "soketi.internal",
        usesPusherCloud: false,
      });
    });

    it("talks to a Pusher-compatible server elsewhere (soketi) with a host, and then runs no bundled server", () => {
      const env = parseEnv({ PUSHER_HOST: "soketi.internal", PUSHER_PORT: "443", PUSHER_USE_TLS: "true" });
      expect(env).toMatchObject({ PUSHER_HOST: "soketi.internal", PUSHER_PORT: 443, PUSHER_USE_TLS: true, usesPusherCloud: false });
      expect(env.usesBundledRealtime).toBe(false);
      // REALTIME_PORT alone only moves the bundled server, which still runs.
      expect(parseEnv({ REALTIME_PORT: "6101", PUSHER_PORT: "6101" }).usesBundledRealtime).toBe(true);
    });

    it("refuses a missing, development or example PUSHER_SECRET in production", () => {
      expect(problems({ ...productionBase, PUSHER_SECRET: "" })).toEqual([
        "PUSHER_SECRET is required in production (generate one with: openssl rand -hex 20)",
      ]);
      for (const secret of [DEVELOPMENT_PUSHER_SECRET, EXAMPLE_PUSHER_SECRET]) {
        expect(problems({ ...productionBase, PUSHER_SECRET: secret })[0]).toMatch(/^PUSHER_SECRET is still the development\/example value/);
      }
    });

    it("names invalid realtime variables", () => {
      const found = problems({
        PUSHER_HOST: "https://ws.example.com",
        PUSHER_KEY: "a/b",
        REALTIME_PORT: "0",
        PUSHER_USE_TLS: "maybe",
      }).join("\n");
      expect(found).toMatch(/PUSHER_HOST must be a host name or IP address, without scheme or port/);
      expect(found).toMatch(/PUSHER_KEY may only contain letters, digits, _ and -/);
      expect(found).toMatch(/REALTIME_PORT must be between 1 and 65535/);
      expect(found).toMatch(/PUSHER_USE_TLS must be "true" or "false"/);
    });
  });
  it("listens on loopback and ignores X-Forwarded-For unless told otherwise", () => {
    const defaults = parseEnv({}, "/srv/app");
    expect(defaults.HOST).toBe("127.0.0.1");
    expect(defaults.TRUST_PROXY).toBe(false);
    expect(defaults.REALTIME_MAX_CONNECTIONS_PER_ADDRESS).toBe(50);
    const behindProxy = parseEnv({ HOST: "0.0.0.0", TRUST_PROXY: "true", REALTIME_MAX_CONNECTIONS_PER_ADDRESS: "200" }, "/srv/app");
    expect([behindProxy.HOST, behindProxy.TRUST_PROXY, behindProxy.REALTIME_MAX_CONNECTIONS_PER_ADDRESS]).toEqual(["0.0.0.0", true, 200]);
    expect(parseEnv({ HOST: "::" }, "/srv/app").HOST).toBe("::");
    expect(problems({ HOST: "http://0.0.0.0", TRUST_PROXY: "yes", REALTIME_MAX_CONNECTIONS_PER_ADDRESS: "0" })).toEqual([
      'HOST must be an address to listen on, such as "127.0.0.1" or "0.0.0.0"',
      'TRUST_PROXY must be "true" or "false"',
      "REALTIME_MAX_CONNECTIONS_PER_ADDRESS must be at least 1",
    ]);
  });
  it("reads each abuse limit as a count per window", () => {
    const defaults = parseEnv({}, "/srv/app");
    expect(defaults.RATE_LIMIT_SIGNUPS).toEqual({ max: 5, windowMs: 3_600_000 });
    expect(defaults.RATE_LIMIT_LOGINS_PER_ACCOUNT_AND_ADDRESS).toEqual({ max: 10, windowMs: 15 * 60_000 });
    expect(defaults.STORAGE_QUOTA_MB).toBe(1000);
    const custom = parseEnv({ RATE_LIMIT_UPLOADS: "100 / 1d", RATE_LIMIT_CHAT_MESSAGES: "3/s" }, "/srv/app");
    expect(custom.RATE_LIMIT_UPLOADS).toEqual({ max: 100, windowMs: 86_400_000 });
    expect(custom.RATE_LIMIT_CHAT_MESSAGES).toEqual({ max: 3, windowMs: 1_000 });
    expect(problems({ RATE_LIMIT_COMMENTS: "10 per minute", RATE_LIMIT_REPORTS: "0/1h" })).toEqual([
      'RATE_LIMIT_COMMENTS must be a count per window such as "5/1h" or "10/15m" (s, m, h or d)',
      "RATE_LIMIT_REPORTS must allow at least 1 in a window of at least 1s",
    ]);
  });
  it("stores media under MEDIA_ROOT unless a bucket is configured in full", () => {
    expect(parseEnv({}, "/srv/app").storage).toEqual({ driver: "local" });
    const bucket = {
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_BUCKET: "art-media",
      S3_REGION: "eu-central-1",
      S3_FORCE_PATH_STYLE: "true",
      S3_ACCESS_KEY_ID: "key-id",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(parseEnv(bucket, "/srv/app").storage).toEqual({
      driver: "s3",
      endpoint: "http://127.0.0.1:9000",
      bucket: "art-media",
      region: "eu-central-1",
      forcePathStyle: true,
      accessKeyId: "key-id",
      secretAccessKey: "secret",
    });
    // Amazon S3 itself: no endpoint, bucket in the host name.
    expect(parseEnv({ ...bucket, S3_ENDPOINT: "", S3_FORCE_PATH_STYLE: "" }, "/srv/app").storage).toMatchObject({
      endpoint: undefined,
      forcePathStyle: false,
    });
    expect(problems({ STORAGE_DRIVER: "s3" })).toEqual([
      "S3_BUCKET is required when STORAGE_DRIVER=s3",
      "S3_REGION is required when STORAGE_DRIVER=s3",
      "S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3",
      "S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3",
    ]);
    expect(problems({ ...bucket, STORAGE_DRIVER: "minio", S3_ENDPOINT: "127.0.0.1:9000", S3_BUCKET: "Art_Media" })).toEqual([
      'STORAGE_DRIVER must be "local" (files under MEDIA_ROOT) or "s3" (a bucket)',
      "S3_ENDPOINT must be an absolute URL such as https://s3.eu-central-1.amazonaws.com",
      "S3_BUCKET must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens",
    ]);
  });

  describe("several instances (MULTI_INSTANCE)", () => {
    const KEY = Buffer.alloc(32, 7).toString("base64");
    const shared = { ...productionBase, MULTI_INSTANCE: "true", PUSHER_HOST: "soketi.internal" };

    it("asks production for one server actions key, so a form one instance rendered works on another", () => {
      expect(problems(shared)).toEqual([
        expect.stringMatching(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required in production with MULTI_INSTANCE=true/),
      ]);
      expect(problems({ ...shared, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY })).toEqual([]);
    });

    it("asks for a shared realtime server rather than one bundled server per instance", () => {
      const bundled = { ...shared, PUSHER_HOST: "", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: KEY };
      expect(problems(bundled)).toEqual([expect.stringMatching(/^PUSHER_HOST or PUSHER_CLUSTER is required with MULTI_INSTANCE=true/)]);
      expect(problems({ ...bundled, PUSHER_CLUSTER: "eu" })).toEqual([]);
    });

    it("asks nothing more of one machine, and refuses a key Next.js could not use", () => {
      expect(problems(productionBase)).toEqual([]);
      expect(problems({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not-base64!" })).toEqual([
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64 key of 16, 24 or 32 bytes (generate one with: openssl rand -base64 32)",
      ]);
    });
  });

  it("runs one durable job at a time and polls every 5 s unless told otherwise", () => {
    expect(parseEnv({}, "/srv/app")).toMatchObject({ JOB_CONCURRENCY: 1, JOB_POLL_INTERVAL_SECONDS: 5 });
    expect(parseEnv({ JOB_CONCURRENCY: "2", JOB_POLL_INTERVAL_SECONDS: "0.5" }, "/srv/app")).toMatchObject({
      JOB_CONCURRENCY: 2,
      JOB_POLL_INTERVAL_SECONDS: 0.5,
    });
    expect(problems({ JOB_CONCURRENCY: "0" })).toEqual(["JOB_CONCURRENCY must be at least 1"]);
  });

  it("sends mail through SMTP_URL from MAIL_FROM, and asks production for the site's URL the links are built from", () => {
    const defaults = parseEnv({}, "/srv/app");
    expect(defaults.SMTP_URL).toBeUndefined();
    expect(defaults.MAIL_FROM).toBe("Artist Collective <no-reply@localhost>");
    const configured = { SMTP_URL: "smtps://user:secret@smtp.example.com:465", MAIL_FROM: "Art <hello@art.example.com>" };
    expect(parseEnv(configured, "/srv/app")).toMatchObject(configured);
    expect(problems({ ...productionBase, ...configured })).toEqual([
      "AUTH_URL is required in production with SMTP_URL: the links in mails are built from it, never from a request's Host header",
    ]);
    expect(problems({ ...productionBase, ...configured, AUTH_URL: "https://art.example.com" })).toEqual([]);
    expect(problems({ SMTP_URL: "http://smtp.example.com", MAIL_FROM: "Art <hello@example.com>\r\nBcc: x@example.com" })).toEqual([
      "SMTP_URL must be an SMTP URL such as smtps://user:password@smtp.example.com:465",
      'MAIL_FROM must be an address such as "Artist Collective <hello@art.example.com>"',
    ]);
  });
});
