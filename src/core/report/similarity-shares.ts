import type { Comparison } from "../align/types.ts";
import { countWords } from "../text/count-words.ts";

/** Row version's share of words in passages the column version also tells. */
export function similarityShares(comparison: Comparison): number[][] {
  return comparison.versions.map((row) => {
    const words = countWords(row.text);
    const shared = new Map<string, number>();
    for (const passage of comparison.passages) {
      if (passage.version !== row.id) continue;
      const n = countWords(row.text.slice(passage.start, passage.end));
      for (const other of passage.sharedWith) shared.set(other, (shared.get(other) ?? 0) + n);
    }
    return comparison.versions.map((column) =>
      column.id === row.id ? 1 : words === 0 ? 0 : (shared.get(column.id) ?? 0) / words,
    );
  });
}
