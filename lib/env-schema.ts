/**
 * Every environment variable the app reads, validated in one place.
 * Pure (no "server-only") so that prisma.config.ts and the CLI scripts can
 * share it with the app; the app itself imports `env` from lib/env.ts.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const DEVELOPMENT_AUTH_SECRET =
  "development-only-secret-never-use-in-production";
/** The placeholder shipped in .env.example: refused in production too. */
export const EXAMPLE_AUTH_SECRET = "replace-with-output-of-openssl-rand-base64-32";

const booleanFlag = z
  .enum(["true", "false", "1", "0"], {
    error: 'must be "true" or "false"',
  })
  .transform((value) => value === "true" || value === "1");

const envSchema = z
  .object({
    NODE_ENV: z
      .enum(["development", "production", "test"])
      .default("development"),
    DATABASE_URL: z
      .string()
      .regex(/^file:.+/, 'must be a SQLite file URL such as "file:./data/app.db"')
      .default("file:./data/app.db"),
    MEDIA_ROOT: z.string().min(1, "must not be empty").default("data/media"),
    AUTH_SECRET: z.string().optional(),
    AUTH_URL: z.url({ error: "must be an absolute URL such as https://art.example.com" }).optional(),
    AUTH_TRUST_HOST: booleanFlag.optional(),
    PORT: z.coerce
      .number({ error: "must be a port number" })
      .int("must be a whole number")
      .min(1, "must be between 1 and 65535")
      .max(65535, "must be between 1 and 65535")
      .default(3000),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV !== "production") return;
    const secret = value.AUTH_SECRET;
    if (!secret) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production (generate one with: openssl rand -base64 32)" });
    } else if (secret === DEVELOPMENT_AUTH_SECRET || secret === EXAMPLE_AUTH_SECRET) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is still the development/example value; generate a real one with: openssl rand -base64 32" });
    } else if (secret.length < 32) {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be at least 32 characters in production" });
    }
    if (!value.AUTH_URL && value.AUTH_TRUST_HOST === undefined) {
      ctx.addIssue({ code: "custom", path: ["AUTH_URL"], message: "or AUTH_TRUST_HOST=true is required in production so sign-in links use the right host" });
    }
  });

export type Env = Omit<z.output<typeof envSchema>, "AUTH_SECRET"> & {
  AUTH_SECRET: string;
  /** Absolute path of the SQLite file named by DATABASE_URL. */
  databaseFile: string;
  /** Absolute path of MEDIA_ROOT. */
  mediaRoot: string;
};

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
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`),
    );
  }
  const value = result.data;
  return {
    ...value,
    AUTH_SECRET: value.AUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    databaseFile: path.resolve(cwd, value.DATABASE_URL.replace(/^file:/, "")),
    mediaRoot: path.resolve(cwd, value.MEDIA_ROOT),
  };
}

/**
 * Loads `.env` into process.env for the CLI tools (Next.js loads it itself
 * for the app). Variables already set win, as with Next.js.
 */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
