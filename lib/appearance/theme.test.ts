import { describe, expect, it } from "vitest";
import { saveAccountTheme } from "@/lib/appearance/theme";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { createTestUser } from "@/lib/testing/factories";
import { parseTheme } from "@/lib/appearance/schemas";

describe("theme choice", () => {
  it("is saved on the member's own account only, and read with their session", async () => {
    const member = await createTestUser();
    const other = await createTestUser();
    await saveAccountTheme(member.id, "dark");
    expect((await resolveSessionUser({ userId: member.id, sessionVersion: 0 }))?.theme).toBe("DARK");
    expect((await resolveSessionUser({ userId: other.id, sessionVersion: 0 }))?.theme).toBe("SYSTEM");
  });

  it("reads stored and cookie values back, and anything else as the system's", () => {
    expect(parseTheme("DARK")).toBe("dark");
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("purple")).toBe("system");
    expect(parseTheme(undefined)).toBe("system");
    expect(parseTheme(["dark"])).toBe("system");
  });
});
