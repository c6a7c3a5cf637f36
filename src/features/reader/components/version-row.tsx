import { useVirtualizer } from "@tanstack/react-virtual";
import type { RefObject } from "react";
import type { Version } from "@/core/story-format.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { Legend } from "./legend.tsx";
import { VersionColumn } from "./version-column.tsx";

/** Above this many versions, only the columns in view (and one each side) are drawn. */
const VIRTUALISE_ABOVE = 12;
/** A column's width (34rem) and the gap after it, in CSS pixels at the default size. */
const COLUMN_STRIDE = 34 * 16 + 16;

type VersionRowProps = {
  row: RefObject<HTMLDivElement | null>;
  versions: readonly Version[];
  view: ComparisonView | null;
  activeId: string;
  /** The details panel is open beside the row: two columns should still fit whole. */
  detailsOpen: boolean;
};

/** The row of columns, scrolling sideways; long rows draw only what is in view. */
export function VersionRow({ row, versions, view, activeId, detailsOpen }: VersionRowProps) {
  const virtual = versions.length > VIRTUALISE_ABOVE;
  // TanStack Virtual hands back fresh measurements each render; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: virtual ? versions.length : 0,
    getScrollElement: () => row.current,
    estimateSize: () => COLUMN_STRIDE,
    overscan: 1,
  });
  const column = (version: Version) => (
    <VersionColumn
      key={version.id}
      version={version}
      view={view?.versions.find((v) => v.id === version.id)}
      active={version.id === activeId}
      // Virtualised rows lay columns out at a fixed stride.
      narrow={detailsOpen && !virtual}
      sheetOpen={detailsOpen}
    />
  );
  return (
    <div
      ref={row}
      className="flex min-h-0 min-w-0 flex-1 snap-x scroll-px-1 gap-4 overflow-x-auto print:block print:overflow-visible"
    >
      <div className="mb-4 hidden print:block">
        <Legend factsDiffer={(view?.discrepancies.length ?? 0) > 0} />
      </div>
      {!virtual ? (
        versions.map(column)
      ) : (
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
      )}
      {/* On a phone, with many versions, only the chosen one is drawn. */}
      {virtual && (
        <div className="flex w-full sm:hidden">
          {column(versions.find((v) => v.id === activeId) ?? versions[0]!)}
        </div>
      )}
    </div>
  );
}
