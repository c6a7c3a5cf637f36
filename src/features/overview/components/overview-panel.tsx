import { ChevronDown } from "lucide-react";
import { useId, useMemo, useState } from "react";
import type { Theme, Version } from "@/core/story-format.ts";
import { CoverageTable } from "./coverage-table.tsx";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { similarityMatrix } from "../lib/similarity.ts";
import { orderBySimilarity } from "../lib/similarity-order.ts";
import { OmissionList } from "./omission-list.tsx";
import { SimilarityMap } from "./similarity-map.tsx";
import { SimilarityTable } from "./similarity-table.tsx";
import { VersionPicker } from "./version-picker.tsx";

/** Beyond this many versions, a heat map replaces the table of percentages. */
const MAX_TABLE_VERSIONS = 12;

type OverviewPanelProps = {
  versions: readonly Version[];
  view: ComparisonView | null;
  visible: readonly string[];
  onVisible: (visible: string[]) => void;
  /** Read just these two versions side by side (from the similarity table or map). */
  onCompare: (a: string, b: string) => void;
  onSelect: (key: string) => void;
  themes: readonly Theme[];
  onThemeFilter: (theme: string, version: string) => void;
  /** Report downloads, once the comparison is ready. */
  report: React.ReactNode;
};

/**
 * A disclosure above the columns: which versions show, and how alike they
 * are. Choosing something to read in it (a pair, a theme in a version, a
 * left-out claim) closes it, so the columns show the choice at once.
 */
export function OverviewPanel(props: OverviewPanelProps) {
  const { versions, view, visible, onVisible, onCompare, onSelect, themes, onThemeFilter, report } =
    props;
  const [open, setOpen] = useState(false);
  const close =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      setOpen(false);
      action(...args);
    };
  const panelId = useId();
  // Many versions: one similarity order for the heat map and the coverage table.
  const large = view !== null && view.versions.length > MAX_TABLE_VERSIONS;
  const similarity = useMemo(() => {
    if (!open || !large || !view) return null;
    const matrix = similarityMatrix(view);
    return { matrix, order: orderBySimilarity(matrix) };
  }, [open, large, view]);
  // Open, it gives way to the columns: it shrinks and scrolls rather than squeeze them.
  return (
    <div className="flex min-h-10 shrink flex-col px-4 pb-3 max-sm:shrink-0 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className="flex shrink-0 items-center gap-1 self-start rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        Overview
        <span className="font-normal text-stone-600 dark:text-stone-400">
          · {visible.length} of {versions.length} versions shown
        </span>
        <ChevronDown
          aria-hidden="true"
          className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}
        />
      </button>
      {/* Rendered only while open: with many versions the tables are large. */}
      {open && (
        <div
          id={panelId}
          className="mt-2 flex max-h-[40dvh] min-h-0 flex-wrap gap-8 overflow-y-auto rounded-md border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
        >
          <section aria-labelledby={`${panelId}-versions`} className="min-w-56">
            <h2 id={`${panelId}-versions`} className="mb-1 font-semibold">
              Versions
            </h2>
            <VersionPicker versions={versions} visible={visible} onChange={onVisible} />
            {report && (
              <>
                <h2 className="mt-4 mb-2 font-semibold">Report</h2>
                {report}
              </>
            )}
          </section>
          <section aria-labelledby={`${panelId}-similarity`} className="min-w-0 max-sm:w-full">
            <h2 id={`${panelId}-similarity`} className="mb-1 font-semibold">
              Similarity
            </h2>
            {view ? (
              similarity ? (
                <SimilarityMap view={view} {...similarity} onCompare={close(onCompare)} />
              ) : (
                <SimilarityTable view={view} onCompare={close(onCompare)} />
              )
            ) : (
              <p className="text-sm text-stone-600 dark:text-stone-400">
                Available once the comparison is ready.
              </p>
            )}
          </section>
          {view && themes.length > 0 && (
            <section aria-labelledby={`${panelId}-coverage`} className="min-w-0 max-sm:w-full">
              <h2 id={`${panelId}-coverage`} className="mb-1 font-semibold">
                Theme coverage
              </h2>
              <CoverageTable
                themes={themes}
                view={view}
                order={similarity?.order}
                onFilter={close(onThemeFilter)}
              />
            </section>
          )}
          {view && (
            <section aria-labelledby={`${panelId}-omissions`} className="min-w-0 max-sm:w-full">
              <h2 id={`${panelId}-omissions`} className="mb-1 font-semibold">
                Left out
              </h2>
              <OmissionList view={view} onSelect={close(onSelect)} />
            </section>
          )}
        </div>
      )}
    </div>
  );
}
