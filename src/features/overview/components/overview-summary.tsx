import { useMemo } from "react";
import type { Theme, Version } from "@/core/story-format.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { similarityMatrix } from "../lib/similarity.ts";
import { orderBySimilarity } from "../lib/similarity-order.ts";
import { CoverageTable } from "./coverage-table.tsx";
import { OmissionList } from "./omission-list.tsx";
import { SimilarityMap } from "./similarity-map.tsx";
import { SimilarityTable } from "./similarity-table.tsx";
import { VersionPicker } from "./version-picker.tsx";

/** Beyond this many versions, a heat map replaces the table of percentages. */
const MAX_TABLE_VERSIONS = 12;

/** What the summary tab shows and what choosing in it does (each choice closes the overview). */
export type OverviewSummaryProps = {
  idPrefix: string;
  versions: readonly Version[];
  view: ComparisonView | null;
  visible: readonly string[];
  onVisible: (visible: string[]) => void;
  onCompare: (a: string, b: string) => void;
  onSelect: (key: string) => void;
  themes: readonly Theme[];
  onThemeFilter: (theme: string, version: string) => void;
  report: React.ReactNode;
};

/** The overview's first tab: versions shown, the report, similarity, theme coverage, left out. */
export function OverviewSummary(props: OverviewSummaryProps) {
  const { idPrefix, versions, view, visible, onVisible, onCompare, onSelect } = props;
  const { themes, onThemeFilter, report } = props;
  // Many versions: one similarity order for the heat map and the coverage table.
  const large = view !== null && view.versions.length > MAX_TABLE_VERSIONS;
  const similarity = useMemo(() => {
    if (!large || !view) return null;
    const matrix = similarityMatrix(view);
    return { matrix, order: orderBySimilarity(matrix) };
  }, [large, view]);
  return (
    <>
      <section aria-labelledby={`${idPrefix}-versions`} className="min-w-56">
        <h2 id={`${idPrefix}-versions`} className="mb-1 font-semibold">
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
      <section aria-labelledby={`${idPrefix}-similarity`} className="min-w-0 max-sm:w-full">
        <h2 id={`${idPrefix}-similarity`} className="mb-1 font-semibold">
          Similarity
        </h2>
        {view ? (
          similarity ? (
            <SimilarityMap view={view} {...similarity} onCompare={onCompare} />
          ) : (
            <SimilarityTable view={view} onCompare={onCompare} />
          )
        ) : (
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Available once the comparison is ready.
          </p>
        )}
      </section>
      {view && themes.length > 0 && (
        <section aria-labelledby={`${idPrefix}-coverage`} className="min-w-0 max-sm:w-full">
          <h2 id={`${idPrefix}-coverage`} className="mb-1 font-semibold">
            Theme coverage
          </h2>
          <CoverageTable
            themes={themes}
            view={view}
            order={similarity?.order}
            onFilter={onThemeFilter}
          />
        </section>
      )}
      {view && (
        <section aria-labelledby={`${idPrefix}-omissions`} className="min-w-0 max-sm:w-full">
          <h2 id={`${idPrefix}-omissions`} className="mb-1 font-semibold">
            Left out
          </h2>
          <OmissionList view={view} onSelect={onSelect} />
        </section>
      )}
    </>
  );
}
