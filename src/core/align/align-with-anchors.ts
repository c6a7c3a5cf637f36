/**
 * Soft alignment and points of agreement of two units in one pass over
 * their word pairs. Suggestions need both for every candidate pair; computed
 * apart (symmetricAlignment, then countAnchors) each looks up every word
 * pair's similarity again, which nearly doubled the cost of suggestions.
 * Gives exactly what the two functions give.
 */
import type { WordTable } from "../vectors/word-table.ts";
import type { WordProfile } from "./pair-features.ts";

/** A pair's soft alignment (as symmetricAlignment) and agreement (as countAnchors). */
export type AlignedPair = { similarity: number; agreement: number };

/** symmetricAlignment and countAnchors(…, minSimilarity) of a pair, at once. */
export function alignWithAnchors(
  a: WordProfile,
  b: WordProfile,
  table: WordTable,
  minSimilarity: number,
): AlignedPair {
  const n = a.stemIds.length;
  const m = b.stemIds.length;
  if (n === 0 || m === 0) return { similarity: 0, agreement: 0 };
  // Scratch space reused across calls: suggestions measure tens of thousands of pairs.
  if (scratch.best.length < m || scratch.anchoredA.length < n || scratch.anchoredB.length < m)
    scratch = makeScratch(Math.max(n, m) * 2);
  const { best: bestB, anchoredA, anchoredB } = scratch;
  bestB.fill(0, 0, m);
  anchoredA.fill(0, 0, n);
  anchoredB.fill(0, 0, m);
  // The similarity cache, read directly (as symmetricAlignment does).
  const cache = table.cache;
  const values = cache?.values;
  const size = cache?.size ?? 0;
  let scoreA = 0;
  for (let i = 0; i < n; i += 1) {
    const stem = a.stemIds[i]!;
    const word = a.wordIds[i]!;
    const known = table.hasVector(word);
    const row = word < size ? word * size : -1;
    let best = 0;
    for (let j = 0; j < m; j += 1) {
      const same = b.stemIds[j] === stem;
      let similarity = 0;
      if (same) similarity = 1;
      else if (known) {
        const other = b.wordIds[j]!;
        if (table.hasVector(other)) {
          similarity = row >= 0 && other < size ? values![row + other]! : Number.NaN;
          if (Number.isNaN(similarity)) similarity = table.similarity(word, other);
        }
      }
      if (similarity > best) best = similarity;
      if (similarity > bestB[j]!) bestB[j] = similarity;
      // countAnchors asks for a vector on both sides unless the stems match.
      if (same || (known && similarity >= minSimilarity && table.hasVector(b.wordIds[j]!))) {
        anchoredA[i] = 1;
        anchoredB[j] = 1;
      }
    }
    scoreA += a.weights[i]! * best;
  }
  let scoreB = 0;
  for (let j = 0; j < m; j += 1) scoreB += b.weights[j]! * bestB[j]!;
  const similarity =
    a.totalWeight === 0 || b.totalWeight === 0
      ? 0
      : (scoreA / a.totalWeight + scoreB / b.totalWeight) / 2;
  return {
    similarity,
    agreement: Math.min(distinctStems(a.stemIds, anchoredA), distinctStems(b.stemIds, anchoredB)),
  };
}

const makeScratch = (size: number) => ({
  best: new Float64Array(size),
  anchoredA: new Uint8Array(size),
  anchoredB: new Uint8Array(size),
});
let scratch = makeScratch(64);

// Anchors count distinct stems: a word said twice agrees once.
function distinctStems(stems: Int32Array, anchored: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < stems.length; i += 1) {
    if (anchored[i] === 0) continue;
    let seen = false;
    for (let k = 0; k < i && !seen; k += 1) seen = anchored[k] === 1 && stems[k] === stems[i];
    if (!seen) count += 1;
  }
  return count;
}
