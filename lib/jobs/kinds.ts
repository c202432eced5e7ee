import "server-only";
import type { z } from "zod";

/** A kind of durable job: its name in the Job table, the shape of its payload, and how often it may be tried. */
export type JobKind<Payload> = { name: string; payload: z.ZodType<Payload>; maxAttempts: number };

export const DEFAULT_MAX_ATTEMPTS = 5;

export function jobKind<Payload>(name: string, payload: z.ZodType<Payload>, { maxAttempts = DEFAULT_MAX_ATTEMPTS } = {}): JobKind<Payload> {
  return { name, payload, maxAttempts };
}

/** A payload that does not match its kind's schema: trying again cannot help, so the job fails at once. */
export class InvalidJobPayload extends Error {
  override name = "InvalidJobPayload";
}

/** How a worker runs one kind: the payload arrives as stored (JSON text) and is parsed with the kind's schema first. */
export type JobHandler = { kind: JobKind<unknown>; run: (payload: string) => Promise<void> };

/**
 * The work for one kind. It must be safe to run twice: a worker whose lease
 * ran out (stopped, or cut off by a deploy) may have done part or all of it
 * before another instance takes the job again.
 */
export function handleJob<Payload>(kind: JobKind<Payload>, work: (payload: Payload) => Promise<void>): JobHandler {
  return {
    kind,
    run(text) {
      const parsed = kind.payload.safeParse(parseJson(text));
      if (!parsed.success) throw new InvalidJobPayload(`the ${kind.name} payload is invalid: ${parsed.error.message}`);
      return work(parsed.data);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
