import { describe, expect, it } from "vitest";
import { toPostgresValue } from "@/lib/database/copy/values";

describe("SQLite values for PostgreSQL columns", () => {
  it("reads every form a DateTime takes in SQLite as the same UTC instant", () => {
    const instant = "2026-12-04T09:24:20.123Z";
    expect(toPostgresValue("2026-12-04T09:24:20.123+00:00", "timestamp without time zone")).toBe(instant);
    expect(toPostgresValue(Date.parse(instant), "timestamp without time zone")).toBe(instant);
    expect(toPostgresValue(BigInt(Date.parse(instant)), "timestamp without time zone")).toBe(instant);
    // CURRENT_TIMESTAMP: UTC, though it names no zone (read as local time, it would move by this machine's offset).
    expect(toPostgresValue("2026-12-04 09:24:20", "timestamp without time zone")).toBe("2026-12-04T09:24:20.000Z");
  });

  it("turns SQLite's 1 and 0 into booleans, and refuses anything else", () => {
    expect(toPostgresValue(1, "boolean")).toBe(true);
    expect(toPostgresValue(0, "boolean")).toBe(false);
    expect(() => toPostgresValue(2, "boolean")).toThrow("2 is not a valid boolean");
    expect(() => toPostgresValue("soon", "timestamp without time zone")).toThrow('"soon" is not a valid date and time');
  });

  it("keeps nulls, text and numbers, and every digit of big whole numbers", () => {
    expect(toPostgresValue(null, "timestamp without time zone")).toBeNull();
    expect(toPostgresValue("ADMIN", "USER-DEFINED")).toBe("ADMIN");
    expect(toPostgresValue(2.5, "double precision")).toBe(2.5);
    expect(toPostgresValue(9007199254740993n, "bigint")).toBe("9007199254740993");
  });
});
