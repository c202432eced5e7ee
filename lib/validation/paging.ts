import { z } from "zod";

/** ?page=N from the URL: anything that is not a sensible page number means the first page. */
const pageSchema = z.coerce.number().int().min(1).max(1_000_000).catch(1);

export function parsePage(value: string | string[] | undefined): number {
  return pageSchema.parse(Array.isArray(value) ? value[0] : value);
}
