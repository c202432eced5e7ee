import { choiceQuery, listQuery, type SearchParams } from "@/lib/paging/list-query";

export const SORTS = ["new", "top", "most", "hot", "faves"] as const;
export const PERIODS = ["day", "week", "month", "all"] as const;
export type Sort = (typeof SORTS)[number];
export type Period = (typeof PERIODS)[number];
export type GalleryOrder = { sort: Sort; period: Period };

export const SORT_LABELS: Record<Sort, string> = {
  new: "Newest",
  top: "Top rated",
  most: "Most rated",
  hot: "Hot",
  faves: "Most favourited",
};
export const PERIOD_LABELS: Record<Period, string> = { day: "Today", week: "This week", month: "This month", all: "All time" };
/** Only these orders can be limited to a period; newest and hot are about time already. */
export const PERIOD_SORTS: readonly Sort[] = ["top", "most", "faves"];

/** ?sort=…&period=…&page=… of the home gallery and a profile's. */
const galleryListQuery = listQuery({ sort: choiceQuery(SORTS, "new"), period: choiceQuery(PERIODS, "all") });

export function parseGalleryQuery(params: SearchParams): { page: number; order: GalleryOrder } {
  const { page, sort, period } = galleryListQuery.parse(params);
  return { page, order: { sort, period: PERIOD_SORTS.includes(sort) ? period : "all" } };
}

/** The query string that keeps this order (defaults left out, so plain URLs stay plain). */
export const orderQuery = (order: GalleryOrder): URLSearchParams => galleryListQuery.params(order);
