import { useMemo } from "react";
import type { Theme } from "@/core/story-format.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { VersionHeaderRow } from "./version-header-row.tsx";
import { WideTable } from "./wide-table.tsx";
import { ROW_HEADER } from "../lib/table-styles.ts";

type CoverageTableProps = {
  themes: readonly Theme[];
  view: ComparisonView;
  /** Version indexes in display order (default: the story's order). */
  order?: readonly number[] | undefined;
  /** Follow one theme in one version. */
  onFilter: (theme: string, version: string) => void;
};

/** Themes × versions: how many passages each version gives each theme; “—” where it leaves one out. */
export function CoverageTable({ themes, view, order, onFilter }: CoverageTableProps) {
  const versions = order ? order.map((i) => view.versions[i]!) : view.versions;
  // Passages per version and theme, counted once for the whole table.
  const counts = useMemo(() => {
    const byVersion = new Map<string, Map<string, number>>();
    for (const version of view.versions) {
      const perTheme = new Map<string, number>();
      for (const passage of version.passages)
        for (const theme of passage.themes) perTheme.set(theme, (perTheme.get(theme) ?? 0) + 1);
      byVersion.set(version.id, perTheme);
    }
    return byVersion;
  }, [view]);
  const count = (theme: string, version: string) => counts.get(version)?.get(theme) ?? 0;
  return (
    <WideTable
      description={`Passages about each theme, by version${order ? ", ordered as in the similarity map (alike versions together)" : ""}. Choose a cell to follow that theme in that version.`}
    >
      {(labelledBy) => (
        <table aria-labelledby={labelledBy} className="border-collapse text-sm">
          <VersionHeaderRow versions={versions} />
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row" className={ROW_HEADER}>
                  {theme.label}
                </th>
                {versions.map((version) => {
                  const n = count(theme.id, version.id);
                  return (
                    <td key={version.id} className="p-0.5">
                      <button
                        type="button"
                        aria-label={
                          n === 0
                            ? `${version.label} leaves out ${theme.label}`
                            : `${version.label}: ${n} ${n === 1 ? "passage" : "passages"} about ${theme.label}`
                        }
                        title={
                          n === 0
                            ? `${version.label} leaves out ${theme.label}`
                            : `${version.label}: ${n} about ${theme.label}`
                        }
                        onClick={() => onFilter(theme.id, version.id)}
                        className={`w-full rounded px-2 py-1 text-center tabular-nums hover:outline-2 hover:outline-violet-600 ${
                          n === 0 ? "text-stone-400" : ""
                        }`}
                        style={
                          n === 0
                            ? {}
                            : {
                                backgroundColor: `color-mix(in oklab, var(--color-violet-500) ${Math.min(60, 8 + n * 6)}%, transparent)`,
                              }
                        }
                      >
                        {n === 0 ? "—" : n}
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
