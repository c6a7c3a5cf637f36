import type { ViewPassage } from "@/features/comparison/lib/comparison-view.ts";
import type { ShowMode, ThemeFilter } from "@/features/comparison/lib/reading-filters.ts";

/** Whether a passage is drawn highlighted under the current filters. */
export function isHighlighted(passage: ViewPassage, show: ShowMode, minToldBy: number): boolean {
  if (passage.kind === "unique") return show !== "shared";
  return show !== "unique" && passage.toldBy >= minToldBy;
}

/** Tint strength by how many of the versions tell a shared passage: 0, 1 or 2. */
export function strengthLevel(passage: ViewPassage, versionCount: number): 0 | 1 | 2 {
  if (versionCount <= 2) return 1;
  const share = (passage.toldBy - 1) / (versionCount - 1);
  return share >= 0.75 ? 2 : share >= 0.4 ? 1 : 0;
}

/** Whether a passage speaks to the chosen themes (always, with no theme chosen). */
export function matchesThemes(passage: ViewPassage, filter: ThemeFilter): boolean {
  if (filter.ids.length === 0) return true;
  return filter.match === "all"
    ? filter.ids.every((id) => passage.themes.includes(id))
    : filter.ids.some((id) => passage.themes.includes(id));
}

/**
 * How many passages the reader's filters leave highlighted, of how many; in a
 * big story's word-for-word preview, how many passages are shared so far.
 */
export function countHighlighted(
  state: {
    view: {
      versions: readonly { passages: readonly ViewPassage[] }[];
      byKey: ReadonlyMap<string, unknown>;
    };
    show: ShowMode;
    minToldBy: number;
    themeFilter: ThemeFilter;
  },
  preview: boolean,
): { shown: number; total: number } {
  let shown = 0;
  for (const version of state.view.versions)
    for (const p of version.passages)
      if (
        preview
          ? p.kind === "verbatim"
          : isHighlighted(p, state.show, state.minToldBy) && matchesThemes(p, state.themeFilter)
      )
        shown += 1;
  return { shown, total: state.view.byKey.size };
}
