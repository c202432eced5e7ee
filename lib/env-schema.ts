/**
 * Every environment variable the app reads, validated in one place.
 * Pure (no "server-only") so that prisma.config.ts and the CLI scripts can
 * share it with the app; the app itself imports `env` from lib/env.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const DEVELOPMENT_AUTH_SECRET = "development-only-secret-never-use-in-production";
/** The placeholder shipped in .env.example: refused in production too. */
export const EXAMPLE_AUTH_SECRET = "replace-with-output-of-openssl-rand-base64-32";
/** Signs realtime channel authorizations and HTTP API calls in development; refused in production. */
export const DEVELOPMENT_PUSHER_SECRET = "dev-secret-not-for-production";
export const EXAMPLE_PUSHER_SECRET = "replace-with-output-of-openssl-rand-hex-20";
/** Where the app finds the bundled realtime server when nothing else is configured. */
const LOCAL_REALTIME_HOST = "127.0.0.1";

/** The secrets production refuses to start without, and the advice for each way one can be unusable. */
const PRODUCTION_SECRETS = [
  {
    name: "AUTH_SECRET",
    published: [DEVELOPMENT_AUTH_SECRET, EXAMPLE_AUTH_SECRET],
    minLength: 32,
    missing: "is required in production (generate one with: openssl rand -base64 32)",
    stillPublished: "is still the development/example value; generate a real one with: openssl rand -base64 32",
  },
  {
    name: "PUSHER_SECRET",
    published: [DEVELOPMENT_PUSHER_SECRET, EXAMPLE_PUSHER_SECRET],
    minLength: 0,
    missing: "is required in production (generate one with: openssl rand -hex 20)",
    stillPublished: "is still the development/example value; use your Pusher app's secret or generate one with: openssl rand -hex 20",
  },
] as const;

/** Why a secret cannot sign anything in production (unset, published in this repository, or short), or null. */
function productionSecretProblem(secret: string | undefined, rule: (typeof PRODUCTION_SECRETS)[number]): string | null {
  if (!secret) return rule.missing;
  if ((rule.published as readonly string[]).includes(secret)) return rule.stillPublished;
  if (secret.length < rule.minLength) return `must be at least ${rule.minLength} characters in production`;
  return null;
}

const booleanFlag = z
  .enum(["true", "false", "1", "0"], {
    error: 'must be "true" or "false"',
  })
  .transform((value) => value === "true" || value === "1");

const port = z.coerce
  .number({ error: "must be a port number" })
  .int("must be a whole number")
  .min(1, "must be between 1 and 65535")
  .max(65535, "must be between 1 and 65535");
/** App ids and keys appear in URL paths (/apps/{id}, /app/{key}). */
const pusherIdentifier = z.string().regex(/^[A-Za-z0-9_-]+$/, "may only contain letters, digits, _ and -");
const hostName = z.string().regex(/^[A-Za-z0-9.-]+$/, 'must be a host name or IP address, without scheme or port (such as "127.0.0.1")');
/** What a server binds: a host name, an IPv4 address, or an IPv6 one such as "::" (every interface, both families). */
const bindAddress = z.string().regex(/^[A-Za-z0-9.:-]+$/, 'must be an address to listen on, such as "127.0.0.1" or "0.0.0.0"');

const S3_REQUIRED = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/** Where media files live: the folder MEDIA_ROOT (Env.mediaRoot), or a bucket. */
export type StorageSettings =
  | { driver: "local" }
  | {
      driver: "s3";
      endpoint: string | undefined;
      bucket: string;
      region: string;
      forcePathStyle: boolean;
      accessKeyId: string;
      secretAccessKey: string;
    };
/** What Next.js takes as NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: an AES-GCM key, base64. */
const serverActionsKey = z
  .string()
  .refine(
    (text) => /^[A-Za-z0-9+/]+={0,2}$/.test(text) && [16, 24, 32].includes(Buffer.from(text, "base64").length),
    "must be a base64 key of 16, 24 or 32 bytes (generate one with: openssl rand -base64 32)",
  );

const WINDOW_UNITS_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** A count per window, written as "5/1h" or "10/15m" (units s, m, h, d). */
const rateLimit = z
  .string()
  .regex(/^\d+\s*\/\s*\d*\s*[smhd]$/, 'must be a count per window such as "5/1h" or "10/15m" (s, m, h or d)')
  .transform((text, ctx) => {
    const [, count, amount, unit] = /^(\d+)\s*\/\s*(\d*)\s*([smhd])$/.exec(text)!;
    const limit = { max: Number(count), windowMs: Number(amount || 1) * WINDOW_UNITS_MS[unit as keyof typeof WINDOW_UNITS_MS] };
    if (limit.max < 1 || limit.windowMs < 1) ctx.addIssue({ code: "custom", message: "must allow at least 1 in a window of at least 1s" });
    return limit;
  });

export type RateLimitSetting = z.output<typeof rateLimit>;

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/).+/,
        'must be a SQLite file URL such as "file:./data/app.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/app"',
      )
      .default("file:./data/app.db"),
    MEDIA_ROOT: z.string().min(1, "must not be empty").default("data/media"),
    STORAGE_DRIVER: z.enum(["local", "s3"], { error: 'must be "local" (files under MEDIA_ROOT) or "s3" (a bucket)' }).default("local"),
    /** Unset: Amazon S3 itself, found from S3_REGION. */
    S3_ENDPOINT: z.url({ error: "must be an absolute URL such as https://s3.eu-central-1.amazonaws.com" }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens")
      .optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be a region name such as "us-east-1"')
      .optional(),
    /** Bucket in the path (endpoint/bucket/key), which most self-hosted stores need, instead of the host name. */
    S3_FORCE_PATH_STYLE: booleanFlag.default(false),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    AUTH_SECRET: z.string().optional(),
    AUTH_URL: z.url({ error: "must be an absolute URL such as https://art.example.com" }).optional(),
    AUTH_TRUST_HOST: booleanFlag.optional(),
    PORT: port.default(3000),
    /** The interface Next.js and the bundled realtime server listen on: loopback unless told otherwise. */
    HOST: bindAddress.default("127.0.0.1"),
    /**
     * `npm start`'s web processes on PORT (scripts/web-processes.mjs): one
     * renders one page at a time, so about one per core. They share this
     * machine's database file, media folder and realtime server.
     */
    WEB_CONCURRENCY: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(64, "must be at most 64")
      .default(1),
    /**
     * Behind a reverse proxy that appends the client to X-Forwarded-For: take
     * the address it appended. Off: the socket's own address, and a client's
     * X-Forwarded-For is ignored (anyone can send one).
     */
    TRUST_PROXY: booleanFlag.default(false),
    PUSHER_APP_ID: pusherIdentifier.default("artist-collective"),
    PUSHER_KEY: pusherIdentifier.default("dev-key"),
    PUSHER_SECRET: z.string().optional(),
    PUSHER_HOST: hostName.optional(),
    PUSHER_PORT: port.optional(),
    PUSHER_USE_TLS: booleanFlag.optional(),
    PUSHER_CLUSTER: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'must be a Pusher cluster name such as "eu" or "mt1"')
      .optional(),
    PUSHER_PUBLIC_HOST: hostName.optional(),
    PUSHER_PUBLIC_PORT: port.optional(),
    PUSHER_PUBLIC_USE_TLS: booleanFlag.optional(),
    REALTIME_PORT: port.default(6001),
    /** Where mail goes out (smtp:// or smtps://, user and password in the URL). Unset: mail waits in the outbox. */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, "must be an SMTP URL such as smtps://user:password@smtp.example.com:465")
      .optional(),
    /** The sender of every mail: an address, or "Name <address>". */
    MAIL_FROM: z
      .string()
      .regex(
        /^([^<>\r\n]+ <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/,
        'must be an address such as "Artist Collective <hello@art.example.com>"',
      )
      .default("Artist Collective <no-reply@localhost>"),
    /** `npm run dev` only: the local mail catcher's SMTP port and the port of the page that shows what it caught. */
    MAIL_CATCHER_SMTP_PORT: port.default(1025),
    MAIL_CATCHER_WEB_PORT: port.default(1080),
    // Abuse limits (lib/rate-limit): what one client address or one member may do.
    RATE_LIMIT_SIGNUPS: rateLimit.prefault("5/1h"),
    RATE_LIMIT_LOGINS_PER_ACCOUNT_AND_ADDRESS: rateLimit.prefault("10/15m"),
    RATE_LIMIT_LOGINS_PER_ADDRESS: rateLimit.prefault("30/15m"),
    RATE_LIMIT_LOGINS_PER_ACCOUNT: rateLimit.prefault("100/1h"),
    RATE_LIMIT_UPLOADS: rateLimit.prefault("30/1h"),
    STORAGE_QUOTA_MB: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(1000),
    RATE_LIMIT_ROOMS: rateLimit.prefault("5/1d"),
    RATE_LIMIT_COMMENTS: rateLimit.prefault("10/1m"),
    RATE_LIMIT_REPORTS: rateLimit.prefault("10/1h"),
    RATE_LIMIT_CHAT_MESSAGES: rateLimit.prefault("5/5s"),
    RATE_LIMIT_PASSWORD_RESETS_PER_CLIENT: rateLimit.prefault("10/1h"),
    RATE_LIMIT_PASSWORD_RESETS_PER_ADDRESS: rateLimit.prefault("3/1h"),
    RATE_LIMIT_PASSWORD_RESETS_PER_ACCOUNT: rateLimit.prefault("5/1d"),
    RATE_LIMIT_EMAIL_CHANGES: rateLimit.prefault("5/1d"),
    RATE_LIMIT_VERIFICATION_MAILS: rateLimit.prefault("3/1h"),
    RATE_LIMIT_FOLLOWS: rateLimit.prefault("60/1h"),
    RATE_LIMIT_BLOCKS: rateLimit.prefault("30/1h"),
    RATE_LIMIT_FAVOURITES: rateLimit.prefault("120/1h"),
    RATE_LIMIT_COLLECTIONS: rateLimit.prefault("10/1d"),
    RATE_LIMIT_COLLECTION_CHANGES: rateLimit.prefault("300/1h"),
    RATE_LIMIT_TAG_MUTES: rateLimit.prefault("60/1h"),
    RATE_LIMIT_TAG_SUGGESTIONS: rateLimit.prefault("120/1m"),
    /**
     * Several app instances behind a load balancer (docs/deployment.md,
     * "Several instances"): what each would otherwise keep to itself must be
     * shared, and start-up checks that it is.
     */
    MULTI_INSTANCE: booleanFlag.default(false),
    /** Read by Next.js itself, at build and at start: salts server action ids and encrypts their bound values. */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: serverActionsKey.optional(),
    /** Durable jobs (lib/jobs) each app instance runs at once: image work is CPU and memory heavy. */
    JOB_CONCURRENCY: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .max(8, "must be at most 8")
      .default(1),
    /** How often an idle instance looks for jobs another instance enqueued or left behind. */
    JOB_POLL_INTERVAL_SECONDS: z.coerce.number({ error: "must be a number" }).min(0.1, "must be at least 0.1").default(5),
    /** How long an "at once" notification mail waits before it goes: one read in the site meanwhile sends none. */
    NOTIFICATION_MAIL_DELAY_SECONDS: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must be at least 0")
      .max(3_600, "must be at most 3600")
      .default(60),
    /** The hour of the day (UTC) when the daily notification digests go out. */
    NOTIFICATION_DIGEST_HOUR_UTC: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must be at least 0")
      .max(23, "must be at most 23")
      .default(8),
    /** Members one comment can notify by @mention: the rest of the names still link, quietly. */
    NOTIFICATION_MENTIONS_PER_COMMENT: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must be at least 0")
      .max(50, "must be at most 50")
      .default(10),
    /** Followers told of a new artwork per step of its fan-out job: each step is one short transaction. */
    NOTIFICATION_FANOUT_BATCH: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(100, "must be at least 100")
      .max(50_000, "must be at most 50000")
      .default(5_000),
    /** Open realtime connections one client address may hold at once. */
    REALTIME_MAX_CONNECTIONS_PER_ADDRESS: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(1, "must be at least 1")
      .default(50),
  })
  .superRefine((value, ctx) => {
    if (value.STORAGE_DRIVER === "s3") {
      for (const name of S3_REQUIRED) {
        if (!value[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when STORAGE_DRIVER=s3" });
      }
    }
    if (value.MULTI_INSTANCE && value.PUSHER_HOST === undefined && value.PUSHER_CLUSTER === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["PUSHER_HOST"],
        message:
          "or PUSHER_CLUSTER is required with MULTI_INSTANCE=true: the bundled realtime server serves one instance's members only; point every instance at one Pusher-protocol server (soketi) or at Pusher's cloud",
      });
    }
    if (value.NODE_ENV !== "production") return;
    if (value.MULTI_INSTANCE && !value.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"],
        message:
          "is required in production with MULTI_INSTANCE=true, the same for every instance's build and start, or a form one instance rendered fails on another (generate one with: openssl rand -base64 32)",
      });
    }
    for (const rule of PRODUCTION_SECRETS) {
      const problem = productionSecretProblem(value[rule.name], rule);
      if (problem) ctx.addIssue({ code: "custom", path: [rule.name], message: problem });
    }
    if (value.SMTP_URL && !value.AUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message: "is required in production with SMTP_URL: the links in mails are built from it, never from a request's Host header",
      });
    }
    if (!value.AUTH_URL && value.AUTH_TRUST_HOST === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message: "or AUTH_TRUST_HOST=true is required in production so sign-in links use the right host",
      });
    }
  });

type Resolved = "AUTH_SECRET" | "PUSHER_SECRET" | "PUSHER_USE_TLS";

export type Env = Omit<z.output<typeof envSchema>, Resolved> & {
  AUTH_SECRET: string;
  PUSHER_SECRET: string;
  /** TLS to the realtime host: off by default, on by default for Pusher's cloud. */
  PUSHER_USE_TLS: boolean;
  /** Pusher's cloud: a cluster and no host; the app then runs no realtime server of its own. */
  usesPusherCloud: boolean;
  /**
   * Neither PUSHER_HOST nor PUSHER_CLUSTER is set: `npm start` runs the
   * bundled server (one instance only) and the app talks to it. Either one
   * points the app at a server run elsewhere (soketi, Pusher's cloud), and
   * nothing is started here.
   */
  usesBundledRealtime: boolean;
  /** The database DATABASE_URL names: a SQLite file (absolute path) or a PostgreSQL server. */
  database: DatabaseLocation;
  /** Absolute path of MEDIA_ROOT. */
  mediaRoot: string;
  storage: StorageSettings;
};

export type DatabaseLocation = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

export function databaseLocation(url: string, cwd = process.cwd()): DatabaseLocation {
  return url.startsWith("file:")
    ? { provider: "sqlite", file: path.resolve(cwd, url.slice("file:".length)) }
    : { provider: "postgresql", url };
}

/** The SQLite file, for what only SQLite has (its file copies); on PostgreSQL, the message says what to use instead. */
export function sqliteFileOf(database: DatabaseLocation, insteadOnPostgres: string): string {
  if (database.provider !== "sqlite") throw new Error(`This works on a SQLite database only. On PostgreSQL: ${insteadOnPostgres}`);
  return database.file;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        "See .env.example for every variable and its meaning.",
    );
    this.name = "EnvError";
  }
}

/** Parses the given variables (blank values count as unset) or throws EnvError naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>, cwd = process.cwd()): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
  }
  const value = result.data;
  const usesPusherCloud = value.PUSHER_CLUSTER !== undefined && value.PUSHER_HOST === undefined;
  // Without a cluster, the app talks to a host; by default the bundled server on this machine.
  const pusherHost = usesPusherCloud ? undefined : (value.PUSHER_HOST ?? LOCAL_REALTIME_HOST);
  return {
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    PUSHER_SECRET: value.PUSHER_SECRET ?? DEVELOPMENT_PUSHER_SECRET,
    PUSHER_HOST: pusherHost,
    PUSHER_PORT: value.PUSHER_PORT ?? (usesPusherCloud ? undefined : value.REALTIME_PORT),
    PUSHER_USE_TLS: value.PUSHER_USE_TLS ?? usesPusherCloud,
    usesPusherCloud,
    usesBundledRealtime: value.PUSHER_HOST === undefined && value.PUSHER_CLUSTER === undefined,
    database: databaseLocation(value.DATABASE_URL, cwd),
    mediaRoot: path.resolve(cwd, value.MEDIA_ROOT),
    storage: storageSettings(value),
  };
}

function storageSettings(value: z.output<typeof envSchema>): StorageSettings {
  if (value.STORAGE_DRIVER === "local") return { driver: "local" };
  // superRefine has refused a missing one.
  return {
    driver: "s3",
    endpoint: value.S3_ENDPOINT,
    bucket: value.S3_BUCKET!,
    region: value.S3_REGION!,
    forcePathStyle: value.S3_FORCE_PATH_STYLE,
    accessKeyId: value.S3_ACCESS_KEY_ID!,
    secretAccessKey: value.S3_SECRET_ACCESS_KEY!,
  };
}

/** For the CLI scripts: the parsed environment, or each problem printed and exit code 1. */
export function parseEnvOrExit(source: Record<string, string | undefined> = process.env): Env {
  try {
    return parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Loads `.env` into process.env for the CLI tools (Next.js loads it itself
 * for the app). Variables already set win, as with Next.js.
 */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
