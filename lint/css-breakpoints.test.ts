import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
/** Pico's breakpoints, named and explained at the top of app/globals.css. */
const BREAKPOINTS = ["576px", "768px", "1024px"];

const stylesheets = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".css"))
  .map((name) => path.join("app", name));

describe("stylesheets", () => {
  it("are found", () => {
    expect(stylesheets).toContain(path.join("app", "globals.css"));
  });

  it.each(stylesheets)("%s uses only the named breakpoints, as max-width queries", (file) => {
    const queries = readFileSync(path.join(root, file), "utf8").match(/@media[^{]*/g) ?? [];
    const widths = queries.flatMap((query) =>
      [...query.matchAll(/\(\s*([a-z-]+)\s*:\s*([^)]+)\)/g)].map(([, feature, value]) => `${feature}: ${value.trim()}`),
    );
    expect(widths.filter((width) => !BREAKPOINTS.some((breakpoint) => width === `max-width: ${breakpoint}`))).toEqual([]);
  });
});
