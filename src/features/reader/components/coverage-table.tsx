import type { Theme } from "@/core/story-format.ts";
import type { ComparisonView } from "../lib/comparison-view.ts";
import { VersionHeaderRow } from "./version-header-row.tsx";

type CoverageTableProps = {
  themes: readonly Theme[];
  view: ComparisonView;
  /** Follow one theme in one version. */
  onFilter: (theme: string, version: string) => void;
};

/** Themes × versions: how many passages each version gives each theme; “—” where it leaves one out. */
export function CoverageTable({ themes, view, onFilter }: CoverageTableProps) {
  const count = (theme: string, version: string) =>
    view.versions.find((v) => v.id === version)?.passages.filter((p) => p.themes.includes(theme))
      .length ?? 0;
  return (
    <table className="border-collapse text-sm">
      <caption className="mb-2 text-start text-stone-600 dark:text-stone-400">
        Passages about each theme, by version. Choose a cell to follow that theme in that version.
      </caption>
      <VersionHeaderRow view={view} />
      <tbody>
        {themes.map((theme) => (
          <tr key={theme.id}>
            <th scope="row" className="px-2 py-1 text-start font-medium whitespace-nowrap">
              {theme.label}
            </th>
            {view.versions.map((version) => {
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
  );
}
