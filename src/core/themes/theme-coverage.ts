/**
 * How much of a story a theme covers: passages and versions it tags, and
 * whether it tags so much that filtering by it hides little (the editor
 * says so and suggests narrowing or splitting it).
 */
import type { Comparison } from "../align/types.ts";
import type { Theme } from "../story-format.ts";

/** A theme on more than this share of a story's passages filters little. */
export const WIDE_THEME_SHARE = 0.4;

/** A theme's reach in one story. */
export type ThemeCoverage = {
  /** Passages it tags, in `comparison.passages` order. */
  passageIndexes: number[];
  versions: number;
  /** Share of all passages. */
  share: number;
  wide: boolean;
};

/** The coverage of each theme, by id, from each passage's theme ids. */
export function themeCoverage(
  comparison: Comparison,
  passageThemes: readonly (readonly string[])[],
  themes: readonly Theme[],
): Map<string, ThemeCoverage> {
  const total = Math.max(1, comparison.passages.length);
  const byId = new Map(
    themes.map((t) => [t.id, { passageIndexes: [] as number[], versions: new Set<string>() }]),
  );
  passageThemes.forEach((ids, p) => {
    for (const id of ids) {
      const entry = byId.get(id);
      if (!entry) continue;
      entry.passageIndexes.push(p);
      entry.versions.add(comparison.passages[p]!.version);
    }
  });
  return new Map(
    [...byId].map(([id, { passageIndexes, versions }]) => {
      const share = passageIndexes.length / total;
      return [
        id,
        { passageIndexes, versions: versions.size, share, wide: share > WIDE_THEME_SHARE },
      ];
    }),
  );
}
