import Link from "next/link";
import { PERIOD_LABELS, PERIODS, SORT_LABELS, SORTS, type GalleryOrder } from "@/lib/art/gallery-order";

/** A plain GET form: the order lives in the URL, works without JavaScript, and paging keeps it. */
export function SortControl({ order, action }: { order: GalleryOrder; action: string }) {
  return (
    <form method="get" action={action} className="sort-control">
      <label>
        Sort by
        <select name="sort" defaultValue={order.sort}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Period (top and most rated)
        <select name="period" defaultValue={order.period}>
          {PERIODS.map((period) => (
            <option key={period} value={period}>
              {PERIOD_LABELS[period]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Show
      </button>
      <Link href="/ranking" className="ranking-link">
        How ranking works
      </Link>
    </form>
  );
}
