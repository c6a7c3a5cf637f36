import { useMemo } from "react";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { similarityMatrix } from "../lib/similarity.ts";
import { VersionHeaderRow } from "./version-header-row.tsx";
import { WideTable } from "./wide-table.tsx";
import { ROW_HEADER } from "../lib/table-styles.ts";

type SimilarityTableProps = {
  view: ComparisonView;
  /** Show just these two versions side by side. */
  onCompare: (a: string, b: string) => void;
};

/** Versions × versions: how much of each row version the column version also tells. */
export function SimilarityTable({ view, onCompare }: SimilarityTableProps) {
  const matrix = useMemo(() => similarityMatrix(view), [view]);
  // Shading spans the table's own range, so 15% and 47% look clearly apart
  // (in dark mode too); the figure in each cell says the exact share.
  const shares = matrix.flatMap((row, i) => row.filter((_, j) => j !== i));
  const low = shares.reduce((min, share) => Math.min(min, share), 1);
  const span = shares.reduce((max, share) => Math.max(max, share), 0) - low || 1;
  const shade = (share: number) => Math.round(10 + 65 * ((share - low) / span));
  return (
    <WideTable description="Share of each row’s words that the column version also tells. Choose a cell to read just those two.">
      {(labelledBy) => (
        <table aria-labelledby={labelledBy} className="border-collapse text-sm">
          <VersionHeaderRow versions={view.versions} />
          <tbody>
            {view.versions.map((row, i) => (
              <tr key={row.id}>
                <th scope="row" className={ROW_HEADER}>
                  {row.label}
                </th>
                {view.versions.map((column, j) => {
                  const share = matrix[i]![j]!;
                  if (i === j)
                    return (
                      <td key={column.id} className="px-2 py-1 text-center text-stone-400">
                        —
                      </td>
                    );
                  return (
                    <td key={column.id} className="p-0.5">
                      <button
                        type="button"
                        aria-label={`${Math.round(share * 100)}% of ${row.label} is also in ${column.label}: compare these two`}
                        onClick={() => onCompare(row.id, column.id)}
                        className="w-full rounded px-2 py-1 text-center tabular-nums [--shade-strong:var(--color-sky-500)] hover:outline-2 hover:outline-sky-600 dark:[--shade-strong:var(--color-sky-600)]"
                        style={{
                          backgroundColor: `color-mix(in oklab, var(--shade-strong) ${shade(share)}%, transparent)`,
                        }}
                      >
                        {Math.round(share * 100)}%
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </WideTable>
  );
}
