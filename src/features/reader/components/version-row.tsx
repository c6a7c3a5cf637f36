import { lazy, Suspense, useCallback, useState, type RefObject } from "react";
import type { Version } from "@/core/story-format.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { Legend } from "./legend.tsx";
import { VersionColumn } from "./version-column.tsx";
import type { ColumnLayout } from "./virtual-columns.tsx";

/** Above this many versions, only the columns in view (and one each side) are drawn. */
const VIRTUALISE_ABOVE = 12;
/** A column's width (34rem) and the gap after it, in CSS pixels at the default size. */
const COLUMN_STRIDE = 34 * 16 + 16;

// Loaded only for long rows: the virtualiser is not part of the page's first script.
const VirtualColumns = lazy(() =>
  import("./virtual-columns.tsx").then((m) => ({ default: m.VirtualColumns })),
);

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
  // Until the virtualiser has loaded (and measured), the first columns stand where it will
  // draw them; it then says which to draw, and these same elements stay.
  const [layout, setLayout] = useState<ColumnLayout | null>(null);
  const onLayout = useCallback(
    (next: ColumnLayout) =>
      setLayout((current) => (current && sameLayout(current, next) ? current : next)),
    [],
  );
  const shown = layout ?? {
    width: versions.length * COLUMN_STRIDE,
    items: Array.from(
      { length: Math.min(versions.length, Math.ceil(window.innerWidth / COLUMN_STRIDE) + 1) },
      (_, index) => ({ index, start: index * COLUMN_STRIDE }),
    ),
  };
  const track = (
    <div className="relative h-full shrink-0 max-sm:hidden" style={{ width: shown.width }}>
      {shown.items
        .filter(({ index }) => index < versions.length)
        .map(({ index, start }) => (
          <div
            key={versions[index]!.id}
            className="absolute top-0 bottom-0 flex"
            style={{ left: start, width: COLUMN_STRIDE - 16 }}
          >
            {column(versions[index]!)}
          </div>
        ))}
    </div>
  );
  return (
    <div
      ref={row}
      className="flex min-h-0 min-w-0 flex-1 snap-x scroll-px-1 gap-4 overflow-x-auto print:block print:overflow-visible"
    >
      <div className="mb-4 hidden print:block">
        <Legend factsDiffer={(view?.discrepancies.length ?? 0) > 0} />
      </div>
      {!virtual ? versions.map(column) : track}
      {virtual && (
        <Suspense fallback={null}>
          <VirtualColumns
            row={row}
            count={versions.length}
            stride={COLUMN_STRIDE}
            onLayout={onLayout}
          />
        </Suspense>
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

function sameLayout(a: ColumnLayout, b: ColumnLayout): boolean {
  return (
    a.width === b.width &&
    a.items.length === b.items.length &&
    a.items.every((item, i) => item.index === b.items[i]!.index && item.start === b.items[i]!.start)
  );
}
