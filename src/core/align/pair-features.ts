/**
 * Features of a sentence pair for the paraphrase model: how much of what
 * one sentence says the other says too, by exact words weighted by rarity,
 * by word meaning (vectors), by word order, numbers and names.
 * All are in [0, 1] (or 0/1 flags) and symmetric in the two sentences.
 */
import type { WordTable } from "../vectors/word-table.ts";
import type { SentenceProfile } from "./sentence-profile.ts";

export const FEATURE_NAMES = [
  "weightedOverlap",
  "softAlignMean",
  "softAlignMin",
  "centroidCosine",
  "bigramDice",
  "wordDice",
  "lcsRatio",
  "numberAgreement",
  "numberConflict",
  "nameDice",
  "lengthRatio",
  "unmatchedShare",
  "wordBigramDice",
  "wordTrigramDice",
  "contentDice",
  "lengthGap",
  "noNumbers",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * What comparing two units word by word needs of each (a SentenceProfile
 * has it all): small enough to send to a helper worker.
 */
export type WordProfile = Pick<
  SentenceProfile,
  "stemIds" | "wordIds" | "weights" | "totalWeight" | "centroid"
>;

/** A word whose best counterpart is below this is "not said" by the other sentence. */
const UNMATCHED_BELOW = 0.5;

/** Computes the feature vector of a pair, in FEATURE_NAMES order. */
export function computePairFeatures(
  a: SentenceProfile,
  b: SentenceProfile,
  table: WordTable,
): Float64Array {
  const features = new Float64Array(FEATURE_NAMES.length);
  const ab = alignWords(a, b, table);
  const ba = alignWords(b, a, table);
  features[0] = weightedOverlap(a, b);
  features[1] = (ab.score + ba.score) / 2;
  features[2] = Math.min(ab.score, ba.score);
  features[3] = Math.max(0, dot(a.centroid, b.centroid));
  features[4] = dice(a.bigrams, b.bigrams);
  features[5] = dice(new Set(a.allWords), new Set(b.allWords));
  features[6] = lcsRatio(a.allWords, b.allWords);
  const numbersShared = intersectionSize(a.numbers, b.numbers);
  const numbersAll = a.numbers.size + b.numbers.size - numbersShared;
  features[7] = numbersAll === 0 ? 0 : numbersShared / numbersAll;
  features[8] = a.numbers.size > 0 && b.numbers.size > 0 && numbersShared < numbersAll ? 1 : 0;
  features[9] = dice(a.names, b.names);
  const longer = Math.max(a.stems.length, b.stems.length);
  features[10] = longer === 0 ? 1 : Math.min(a.stems.length, b.stems.length) / longer;
  features[11] = Math.max(ab.unmatched, ba.unmatched);
  features[12] = dice(ngrams(a.allWords, 2), ngrams(b.allWords, 2));
  features[13] = dice(ngrams(a.allWords, 3), ngrams(b.allWords, 3));
  features[14] = dice(a.stemSet, b.stemSet);
  features[15] = Math.log1p(Math.abs(a.allWords.length - b.allWords.length));
  features[16] = a.numbers.size === 0 && b.numbers.size === 0 ? 1 : 0;
  return features;
}

/**
 * For each content word of `from`, its best counterpart in `to` (1 for the
 * same stem, else vector cosine); returns the weighted mean, and the share
 * of weight left without a counterpart.
 */
export function alignWords(from: SentenceProfile, to: SentenceProfile, table: WordTable) {
  if (from.totalWeight === 0) return { score: 0, unmatched: 1 };
  let score = 0;
  let unmatched = 0;
  const toStems = to.stemIds;
  const toWords = to.wordIds;
  for (let i = 0; i < from.stemIds.length; i += 1) {
    const stem = from.stemIds[i]!;
    const word = from.wordIds[i]!;
    const known = table.hasVector(word);
    let best = 0;
    for (let j = 0; j < toStems.length; j += 1) {
      if (toStems[j] === stem) {
        best = 1;
        break;
      }
      if (known) {
        const similarity = table.similarity(word, toWords[j]!);
        if (similarity > best) best = similarity;
      }
    }
    const weight = from.weights[i]!;
    score += weight * best;
    if (best < UNMATCHED_BELOW) unmatched += weight;
  }
  return { score: score / from.totalWeight, unmatched: unmatched / from.totalWeight };
}

function weightedOverlap(a: SentenceProfile, b: SentenceProfile): number {
  const total = a.totalWeight + b.totalWeight;
  if (total === 0) return 0;
  let shared = 0;
  a.stems.forEach((stem, i) => {
    if (b.stemSet.has(stem)) shared += a.weights[i]!;
  });
  b.stems.forEach((stem, i) => {
    if (a.stemSet.has(stem)) shared += b.weights[i]!;
  });
  return shared / total;
}

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = n; i <= words.length; i += 1) out.add(words.slice(i - n, i).join(" "));
  return out;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d += 1) sum += a[d]! * b[d]!;
  return sum;
}

function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count += 1;
  return count;
}

function dice<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * intersectionSize(a, b)) / total;
}

// Longest common subsequence of words over the shorter sentence's length:
// rewrites that keep word order score high.
function lcsRatio(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] =
        a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]! / Math.min(a.length, b.length);
}

/**
 * Both directions of `alignWords` at once, as their mean: each word pair is
 * looked at once, so comparing two sentences costs half as much.
 */
export function symmetricAlignment(a: WordProfile, b: WordProfile, table: WordTable): number {
  const n = a.stemIds.length;
  const m = b.stemIds.length;
  if (n === 0 || m === 0 || a.totalWeight === 0 || b.totalWeight === 0) return 0;
  // Scratch space reused across calls (a fresh array per pair was a good share of the garbage).
  if (bestScratch.length < m) bestScratch = new Float64Array(m * 2);
  const bestB = bestScratch;
  bestB.fill(0, 0, m);
  // The similarity cache, read directly here: this loop is most of the engine's time.
  const cache = table.cache;
  const values = cache?.values;
  const size = cache?.size ?? 0;
  const bStems = b.stemIds;
  const bWords = b.wordIds;
  let scoreA = 0;
  for (let i = 0; i < n; i += 1) {
    const stem = a.stemIds[i]!;
    const word = a.wordIds[i]!;
    const known = table.hasVector(word);
    const row = word < size ? word * size : -1;
    let best = 0;
    for (let j = 0; j < m; j += 1) {
      let similarity = 0;
      if (bStems[j] === stem) similarity = 1;
      else if (known) {
        const other = bWords[j]!;
        if (table.hasVector(other)) {
          similarity = row >= 0 && other < size ? values![row + other]! : Number.NaN;
          if (Number.isNaN(similarity)) similarity = table.similarity(word, other);
        }
      }
      if (similarity > best) best = similarity;
      if (similarity > bestB[j]!) bestB[j] = similarity;
    }
    scoreA += a.weights[i]! * best;
  }
  let scoreB = 0;
  for (let j = 0; j < m; j += 1) scoreB += b.weights[j]! * bestB[j]!;
  return (scoreA / a.totalWeight + scoreB / b.totalWeight) / 2;
}

let bestScratch = new Float64Array(64);

/**
 * Points of agreement between two sentences: distinct content words of one
 * with a counterpart in the other (the same stem, or a word whose word-table
 * similarity reaches `minSimilarity`; see WordTable.similarity), counted
 * both ways; returns the smaller count. A claim retold in other words
 * usually still agrees on more than one point;
 * a single shared name or word ("Albrecht", "cautious") is how sentences
 * that say different things come to look alike.
 */
export function countAnchors(
  a: WordProfile,
  b: WordProfile,
  table: WordTable,
  minSimilarity: number,
): number {
  return Math.min(
    anchorsOneWay(a, b, table, minSimilarity),
    anchorsOneWay(b, a, table, minSimilarity),
  );
}

function anchorsOneWay(
  from: WordProfile,
  to: WordProfile,
  table: WordTable,
  minSimilarity: number,
): number {
  const anchored = new Set<number>();
  for (let i = 0; i < from.stemIds.length; i += 1) {
    const stem = from.stemIds[i]!;
    if (anchored.has(stem)) continue;
    const word = from.wordIds[i]!;
    const known = table.hasVector(word);
    for (let j = 0; j < to.stemIds.length; j += 1) {
      if (
        to.stemIds[j] === stem ||
        (known &&
          table.hasVector(to.wordIds[j]!) &&
          table.similarity(word, to.wordIds[j]!) >= minSimilarity)
      ) {
        anchored.add(stem);
        break;
      }
    }
  }
  return anchored.size;
}
