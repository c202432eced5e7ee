import type { RangeRequest, StoredFile } from "@/lib/storage/media-storage";

/**
 * The one range a Range header asks for ("bytes=0-99", "bytes=100-",
 * "bytes=-100"), or null to answer with the whole file: no header, another
 * unit, several ranges, or a malformed one (RFC 9110 lets a server ignore
 * what it does not serve, and a whole file is always a correct answer).
 */
export function parseRangeHeader(header: string | null): RangeRequest | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? "");
  if (!match || (match[1] === "" && match[2] === "")) return null;
  const [first, last] = [match[1] === "" ? undefined : Number(match[1]), match[2] === "" ? undefined : Number(match[2])];
  if (first === undefined) return { suffix: last! };
  if (last !== undefined && last < first) return null;
  return last === undefined ? { start: first } : { start: first, end: last };
}

/**
 * A 200 with the whole file, a 206 with the range read, or a 416 saying how
 * long the file is when the range lay outside it.
 */
export function fileResponse(file: StoredFile, headers: Record<string, string>): Response {
  const common = { ...headers, "Accept-Ranges": "bytes" };
  if (file.range === null) {
    void file.stream.cancel();
    return new Response(null, { status: 416, headers: { ...common, "Content-Range": `bytes */${file.size}` } });
  }
  if (file.range) {
    const { start, end } = file.range;
    return new Response(file.stream, {
      status: 206,
      headers: { ...common, "Content-Range": `bytes ${start}-${end}/${file.size}`, "Content-Length": String(end - start + 1) },
    });
  }
  return new Response(file.stream, { headers: { ...common, "Content-Length": String(file.size) } });
}
