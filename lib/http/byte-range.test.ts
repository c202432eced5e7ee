import { describe, expect, it } from "vitest";
import { parseRangeHeader } from "@/lib/http/byte-range";

describe("a Range header", () => {
  it("names one range in any of HTTP's three forms", () => {
    expect(parseRangeHeader("bytes=0-99")).toEqual({ start: 0, end: 99 });
    expect(parseRangeHeader("bytes=100-")).toEqual({ start: 100 });
    expect(parseRangeHeader("bytes=-100")).toEqual({ suffix: 100 });
    expect(parseRangeHeader(" bytes=5-5 ")).toEqual({ start: 5, end: 5 });
  });

  it("is ignored, for the whole file, when absent, malformed, backwards, in another unit or asking several ranges", () => {
    for (const header of [null, "", "bytes=", "bytes=-", "bytes=9-1", "items=0-9", "bytes=0-9,20-29", "bytes=a-b", "bytes=1.5-2"]) {
      expect([header, parseRangeHeader(header)]).toEqual([header, null]);
    }
  });
});
