import { lazy, Suspense, type RefObject } from "react";
import { LoadingState } from "@/components/loading-state.tsx";
import type { Version } from "@/core/story-format.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { Legend } from "./legend.tsx";
import { VersionColumn } from "./version-column.tsx";

/** Above this many versions, only the columns in view (and one each side) are drawn. */
const VIRTUALISE_ABOVE = 12;

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
        <Suspense
          fallback={
            <div className="max-sm:hidden">
              <LoadingState label="Drawing the columns…" />
            </div>
          }
        >
          <VirtualColumns row={row} versions={versions} column={column} />
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
