import { useVirtualizer } from "@tanstack/react-virtual";
import type { ReactNode, RefObject } from "react";
import type { Version } from "@/core/story-format.ts";

/** A column's width (34rem) and the gap after it, in CSS pixels at the default size. */
const COLUMN_STRIDE = 34 * 16 + 16;

type VirtualColumnsProps = {
  row: RefObject<HTMLDivElement | null>;
  versions: readonly Version[];
  column: (version: Version) => ReactNode;
};

/**
 * A long row's columns, only those in view (and one each side) drawn, at a
 * fixed stride. In a file of its own: the virtualiser loads only for stories
 * that need it, not with the page.
 */
export function VirtualColumns({ row, versions, column }: VirtualColumnsProps) {
  // TanStack Virtual hands back fresh measurements each render; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: versions.length,
    getScrollElement: () => row.current,
    estimateSize: () => COLUMN_STRIDE,
    overscan: 1,
  });
  return (
    <div
      className="relative h-full shrink-0 max-sm:hidden"
      style={{ width: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => (
        <div
          key={item.key}
          className="absolute top-0 bottom-0 flex"
          style={{ left: item.start, width: COLUMN_STRIDE - 16 }}
        >
          {column(versions[item.index]!)}
        </div>
      ))}
    </div>
  );
}
