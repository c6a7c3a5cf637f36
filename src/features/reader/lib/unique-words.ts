import { countWords } from "@/core/text/count-words.ts";
import type { ViewPassage } from "@/features/comparison/lib/comparison-view.ts";

// Per version's blocks (one array per story object), counts by the spans counted.
const counted = new WeakMap<object, Map<string, number>>();

/**
 * Words in a column's unique passages, for its header. Remembered by the
 * passages' spans: a result completed after it arrives (suggestions and
 * themes, then facts) brings new passage objects over the same text, and
 * counting a very long text again costs ~100 ms a time.
 */
export function countUniqueWords(blocks: object, passages: readonly ViewPassage[]): number {
  const unique = passages.filter((p) => p.kind === "unique");
  const spans = unique.map((p) => `${p.start}-${p.end}`).join(",");
  let byBlocks = counted.get(blocks);
  if (!byBlocks) counted.set(blocks, (byBlocks = new Map()));
  let words = byBlocks.get(spans);
  if (words === undefined) {
    words = unique.reduce((sum, p) => sum + countWords(p.text), 0);
    byBlocks.set(spans, words);
  }
  return words;
}
