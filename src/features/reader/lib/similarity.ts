import { countWords } from "@/core/text/count-words.ts";
import type { ComparisonView } from "./comparison-view.ts";

/**
 * For each ordered pair of versions (row, column), the share of the row
 * version's words that lie in passages the column version also tells.
 */
export function similarityMatrix(view: ComparisonView): number[][] {
  return view.versions.map((row) => {
    const counts = new Map<string, number>();
    for (const passage of row.passages) {
      if (passage.sharedWith.length === 0) continue;
      const words = countWords(passage.text);
      for (const other of passage.sharedWith) counts.set(other, (counts.get(other) ?? 0) + words);
    }
    return view.versions.map((column) =>
      column.id === row.id ? 1 : row.words === 0 ? 0 : (counts.get(column.id) ?? 0) / row.words,
    );
  });
}
