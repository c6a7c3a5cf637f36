/**
 * Everything the pair model needs to know about one sentence, computed once
 * so that comparing two sentences is only arithmetic: its content words
 * with weights and ids in the word table, stems, bigrams, numbers, names.
 */
import type { Token } from "../text/tokenize.ts";
import type { WordTable } from "../vectors/word-table.ts";
import type { WordProfile } from "./pair-features.ts";
import type { WordWeigher } from "./word-weights.ts";

export type SentenceProfile = {
  /** Content words (not stopwords), in order. */
  stems: string[];
  /** Ids of the content words in the word table. */
  wordIds: Int32Array;
  /** Ids of their stems in the word table. */
  stemIds: Int32Array;
  weights: Float64Array;
  totalWeight: number;
  /** Weighted mean of the content-word vectors, unit length (zeros if none). */
  centroid: Float32Array;
  stemSet: Set<string>;
  /** Every word's folded form, stopwords included. */
  allWords: string[];
  bigrams: Set<string>;
  numbers: Set<string>;
  /** Stems of capitalised words that do not start the sentence: a hint for names. */
  names: Set<string>;
};

/** Builds the profile of a sentence from its tokens (for the pair model: see profileWords). */
export function profileSentence(
  tokens: readonly Token[],
  table: WordTable,
  weigh: WordWeigher,
): SentenceProfile {
  const stems = tokens.filter((token) => !token.stop).map((token) => token.stem);
  const bigrams = new Set<string>();
  for (let i = 1; i < stems.length; i += 1) bigrams.add(`${stems[i - 1]} ${stems[i]}`);
  return {
    ...profileWords(tokens, table, weigh),
    stems,
    stemSet: new Set(stems),
    allWords: tokens.map((t) => t.norm),
    bigrams,
    numbers: new Set(tokens.filter((t) => t.numeric).map((t) => t.norm.replace(/,/g, ""))),
    names: new Set(
      tokens.filter((t, i) => i > 0 && t.capitalized && !t.stop && !t.numeric).map((t) => t.stem),
    ),
  };
}

/**
 * The part of a profile the engine compares units with (ids, weights,
 * centroid), without the pair model's sets of strings: building those for
 * every unit cost the engine time it never used.
 */
export function profileWords(
  tokens: readonly Token[],
  table: WordTable,
  weigh: WordWeigher,
): WordProfile {
  let count = 0;
  for (const token of tokens) if (!token.stop) count += 1;
  const wordIds = new Int32Array(count);
  const stemIds = new Int32Array(count);
  const weights = new Float64Array(count);
  const centroid = new Float32Array(table.dims);
  let totalWeight = 0;
  let i = 0;
  for (const token of tokens) {
    if (token.stop) continue;
    const id = table.idOf(token.norm);
    const weight = weigh(token.norm, token.stem);
    wordIds[i] = id;
    stemIds[i] = table.stemIdOf(token.stem);
    weights[i] = weight;
    totalWeight += weight;
    if (table.hasVector(id)) {
      const vector = table.vector(id);
      for (let d = 0; d < centroid.length; d += 1) centroid[d]! += weight * vector[d]!;
    }
    i += 1;
  }
  normalise(centroid);
  return { wordIds, stemIds, weights, totalWeight, centroid };
}

function normalise(vector: Float32Array): void {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0) return;
  const inverse = 1 / Math.sqrt(norm);
  for (let d = 0; d < vector.length; d += 1) vector[d]! *= inverse;
}
