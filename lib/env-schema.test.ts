import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEVELOPMENT_AUTH_SECRET, EXAMPLE_AUTH_SECRET, EnvError, parseEnv } from "@/lib/env-schema";

const productionBase = { NODE_ENV: "production", AUTH_SECRET: "s".repeat(40), AUTH_TRUST_HOST: "true" };

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
    expect(env.databaseFile).toBe(path.resolve("/srv/app/data/app.db"));
    expect(env.mediaRoot).toBe(path.resolve("/srv/app/data/media"));
    expect(env.AUTH_SECRET).toBe(DEVELOPMENT_AUTH_SECRET);
    expect(env.PORT).toBe(3000);
  });

  it("refuses to start production without a secret", () => {
    expect(problems({ NODE_ENV: "production", AUTH_TRUST_HOST: "true" })).toEqual([
      "AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)",
    ]);
  });

  it("refuses the development and example secrets in production", () => {
    for (const secret of [DEVELOPMENT_AUTH_SECRET, EXAMPLE_AUTH_SECRET]) {
      expect(problems({ ...productionBase, AUTH_SECRET: secret })[0]).toMatch(/^AUTH_SECRET is still the development\/example value/);
    }
    expect(problems({ ...productionBase, AUTH_SECRET: "short" })).toEqual(["AUTH_SECRET must be at least 32 characters in production"]);
  });

  it("names every invalid variable at once", () => {
    const found = problems({ DATABASE_URL: "postgres://db/app", PORT: "99999", AUTH_TRUST_HOST: "yes", AUTH_URL: "not a url" });
    expect(found).toHaveLength(4);
    expect(found.join("\n")).toMatch(/DATABASE_URL must be a SQLite file URL/);
    expect(found.join("\n")).toMatch(/PORT must be between 1 and 65535/);
    expect(found.join("\n")).toMatch(/AUTH_TRUST_HOST must be "true" or "false"/);
    expect(found.join("\n")).toMatch(/AUTH_URL must be an absolute URL/);
  });

  it("asks production for the public URL or trusting the proxy's host", () => {
    expect(problems({ NODE_ENV: "production", AUTH_SECRET: "s".repeat(40) })).toEqual([
      "AUTH_URL or AUTH_TRUST_HOST=true is required in production so sign-in links use the right host",
    ]);
  });

  it("treats blank values as unset and reads flags and numbers", () => {
    const env = parseEnv({ ...productionBase, DATABASE_URL: " ", PORT: "8080", AUTH_URL: "https://art.example.com" }, "/srv/app");
    expect(env.databaseFile).toBe(path.resolve("/srv/app/data/app.db"));
    expect(env.PORT).toBe(8080);
    expect(env.AUTH_TRUST_HOST).toBe(true);
  });

  it("explains where to look in its message", () => {
    expect(() => parseEnv({ PORT: "abc" })).toThrow(/Invalid environment configuration:\n {2}- PORT .*\nSee \.env\.example/);
  });
});
