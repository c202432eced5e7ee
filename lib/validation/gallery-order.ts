import { z } from "zod";

export const SORTS = ["new", "top", "most", "hot"] as const;
export const PERIODS = ["day", "week", "month", "all"] as const;
export type Sort = (typeof SORTS)[number];
export type Period = (typeof PERIODS)[number];
export type GalleryOrder = { sort: Sort; period: Period };

export const SORT_LABELS: Record<Sort, string> = { new: "Newest", top: "Top rated", most: "Most rated", hot: "Hot" };
export const PERIOD_LABELS: Record<Period, string> = { day: "Today", week: "This week", month: "This month", all: "All time" };
/** Only these orders can be limited to a period; newest and hot are about time already. */
export const PERIOD_SORTS: readonly Sort[] = ["top", "most"];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

// Unknown values fall back to the defaults: a hand-edited URL never shows an error page.
const orderSchema = z.object({
  sort: z.preprocess(first, z.enum(SORTS)).catch("new"),
  period: z.preprocess(first, z.enum(PERIODS)).catch("all"),
});

export function parseGalleryOrder(params: Record<string, string | string[] | undefined>): GalleryOrder {
  const order = orderSchema.parse(params);
  return PERIOD_SORTS.includes(order.sort) ? order : { ...order, period: "all" };
}

/** The query string that keeps this order (defaults left out, so plain URLs stay plain). */
export function orderQuery(order: GalleryOrder): URLSearchParams {
  const query = new URLSearchParams();
  if (order.sort !== "new") query.set("sort", order.sort);
  if (order.period !== "all") query.set("period", order.period);
  return query;
}
