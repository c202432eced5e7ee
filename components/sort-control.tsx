import Link from "next/link";
import { LabelledSelect } from "@/components/labelled-select";
import { PERIOD_LABELS, SORT_LABELS, type GalleryOrder } from "@/lib/art/gallery-order";

/** A plain GET form: the order lives in the URL, works without JavaScript, and paging keeps it. */
export function SortControl({ order, action }: { order: GalleryOrder; action: string }) {
  return (
    <form method="get" action={action} className="sort-control">
      <LabelledSelect label="Sort by" name="sort" defaultValue={order.sort} options={SORT_LABELS} />
      <LabelledSelect
        label="Period (top, most rated and most favourited)"
        name="period"
        defaultValue={order.period}
        options={PERIOD_LABELS}
      />
      <button type="submit" className="secondary">
        Show
      </button>
      <Link href="/ranking" className="ranking-link">
        How ranking works
      </Link>
    </form>
  );
}
