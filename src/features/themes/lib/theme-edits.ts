import type { Theme } from "@/core/story-format.ts";

/** A reader's changes to suggested themes: new names, merges, deletions. */
export type ThemeEdits = {
  labels: Record<string, string>;
  /** Theme id → the theme it was merged into. */
  mergedInto: Record<string, string>;
  deleted: string[];
};

export const NO_EDITS: ThemeEdits = { labels: {}, mergedInto: {}, deleted: [] };

/** Applies edits to themes and to each passage's theme ids. */
export function applyThemeEdits(
  themes: readonly Theme[],
  passageThemes: readonly string[][],
  edits: ThemeEdits,
): { themes: Theme[]; passageThemes: string[][] } {
  const target = (id: string): string | null => {
    let current = id;
    for (let hops = 0; edits.mergedInto[current] && hops < themes.length; hops += 1)
      current = edits.mergedInto[current]!;
    return edits.deleted.includes(current) ? null : current;
  };
  const kept = themes
    .filter((theme) => target(theme.id) === theme.id)
    .map((theme) => {
      const merged = themes.filter(
        (other) => other.id !== theme.id && target(other.id) === theme.id,
      );
      const label = edits.labels[theme.id]?.trim();
      return {
        ...theme,
        ...(label ? { label } : {}),
        terms: [...theme.terms, ...merged.flatMap((other) => other.terms)],
      };
    });
  const order = new Map(kept.map((theme, i) => [theme.id, i]));
  // Passages with the same tags often share one list (as the worker sends them): each
  // list is edited once, not once per passage (18,000 at 200 versions).
  const editedLists = new Map<readonly string[], string[]>();
  const edit = (ids: readonly string[]) => {
    let edited = editedLists.get(ids);
    if (!edited) {
      edited = [
        ...new Set(ids.map(target).filter((id): id is string => id !== null && order.has(id))),
      ].sort((a, b) => order.get(a)! - order.get(b)!);
      editedLists.set(ids, edited);
    }
    return edited;
  };
  return { themes: kept, passageThemes: passageThemes.map(edit) };
}
