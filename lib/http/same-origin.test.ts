import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "@/lib/http/same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("same-origin check", () => {
  it("accepts a post from the site itself", () => {
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOriginRequest(headers({ origin: "https://art.example", host: "internal:3000", "x-forwarded-host": "art.example" }))).toBe(
      true,
    );
  });

  it("refuses other sites, missing and malformed origins", () => {
    expect(isSameOriginRequest(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
