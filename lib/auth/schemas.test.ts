import { describe, expect, it } from "vitest";
import { registerSchema, usernameKey, usernameSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { COMMON_PASSWORD_COUNT, isCommonPassword } from "@/lib/validation/common-passwords";

function usernameError(value: unknown) {
  const result = usernameSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0].message;
}

function passwordError(value: unknown) {
  const result = newPasswordSchema.safeParse(value);
  return result.success ? undefined : result.error.issues[0].message;
}

describe("username rules", () => {
  it("accepts letters, digits, underscores and hyphens from 3 to 30 characters", () => {
    expect(usernameError("Ada")).toBeUndefined();
    expect(usernameError("mira_paints-2")).toBeUndefined();
    expect(usernameError("a".repeat(30))).toBeUndefined();
  });

  it("explains each way a username can be wrong", () => {
    expect(usernameError("")).toBe("Enter a username");
    expect(usernameError("ab")).toBe("Username must be at least 3 characters");
    expect(usernameError("a".repeat(31))).toBe("Username must be at most 30 characters");
    expect(usernameError("a".repeat(1_000_000))).toBe("Username must be at most 30 characters");
    expect(usernameError("mira paints")).toBe("Use only letters, digits, _ and -");
    expect(usernameError("zoë")).toBe("Use only letters, digits, _ and -");
    expect(usernameError("<script>")).toBe("Use only letters, digits, _ and -");
  });

  it("refuses reserved names in any letter case", () => {
    expect(usernameError("admin")).toBe("This username is reserved; choose another");
    expect(usernameError("Settings")).toBe("This username is reserved; choose another");
    expect(usernameError("API")).toBe("This username is reserved; choose another");
  });

  it("trims surrounding spaces and compares names ignoring case", () => {
    expect(usernameSchema.parse("  Mira  ")).toBe("Mira");
    expect(usernameKey(" MiRa ")).toBe("mira");
  });
});

describe("password rules", () => {
  it("accepts 8 to 128 characters with no composition rules", () => {
    expect(passwordError("quiet lantern river")).toBeUndefined();
    expect(passwordError("zq".repeat(64))).toBeUndefined();
  });

  it("refuses short, long and empty passwords with a specific message", () => {
    expect(passwordError("")).toBe("Enter a password");
    expect(passwordError("zq7#kd")).toBe("Password must be at least 8 characters");
    expect(passwordError("zq".repeat(64) + "x")).toBe("Password must be at most 128 characters");
  });

  it("refuses the most common passwords, ignoring case", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword("password123")).toBe(true);
    expect(isCommonPassword("Qwertyuiop")).toBe(true);
    expect(isCommonPassword("quiet lantern river")).toBe(false);
    expect(passwordError("iloveyou")).toBe("This password is too common; choose one that is harder to guess");
  });

  it("reports every bad field of a sign-up at once", () => {
    const result = registerSchema.safeParse({ username: "a b", email: "Ada <ada@example.com>", password: "short" });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((issue) => issue.path[0]);
    expect(fields).toEqual(["username", "email", "password"]);
  });
});
