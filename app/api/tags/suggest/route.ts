import type { NextRequest } from "next/server";
import { parseForm } from "@/lib/actions/parse-form";
import { clientAddressOf } from "@/lib/http/request-address";
import { LIMITS } from "@/lib/rate-limit/limits";
import { takeTurn } from "@/lib/rate-limit/rate-limiter";
import { suggestQuerySchema } from "@/lib/tags/schemas";
import { suggestTags } from "@/lib/tags/tags";

/** Reads the database and the client's address on every request. */
export const dynamic = "force-dynamic";

/**
 * Tags in use starting with ?prefix=, most used first: what the tags field
 * offers as a member types. Public (tags are on public pages); limited per
 * address. A minute of browser caching spares the same keystrokes twice;
 * private, so a shared cache never holds it.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const turn = await takeTurn({ limit: LIMITS.tagSuggestion, subject: clientAddressOf(request.headers) });
  if (!turn.ok) {
    return Response.json(
      { tags: [] },
      { status: 429, headers: { "Retry-After": String(Math.ceil(turn.retryAfterMs / 1000)), "Cache-Control": "no-store" } },
    );
  }
  const query = parseForm(suggestQuerySchema, request.nextUrl.searchParams);
  const tags = query.ok ? await suggestTags(query.value.prefix) : [];
  return Response.json({ tags }, { headers: { "Cache-Control": "private, max-age=60" } });
}
