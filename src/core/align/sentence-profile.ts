/**
 * Everything the pair model needs to know about one sentence, computed once
 * so that comparing two sentences is only arithmetic: its content words
 * with weights and vectors, stems, bigrams, numbers and names.
 */
import type { Token } from "../text/tokenize.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import type { WordWeigher } from "./word-weights.ts";

export type SentenceProfile = {
  /** Content words (not stopwords), in order. */
  stems: string[];
  weights: Float64Array;
  totalWeight: number;
  /** Row per content word: its unit vector, or zeros when unknown. */
  vectors: Float32Array;
  hasVector: Uint8Array;
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

/** Builds the profile of a sentence from its tokens. */
export function profileSentence(
  tokens: readonly Token[],
  vectors: WordVectors | null,
  weigh: WordWeigher,
): SentenceProfile {
  const dims = vectors?.dims ?? 0;
  const content = tokens.filter((token) => !token.stop);
  const stems = content.map((token) => token.stem);
  const weights = new Float64Array(content.length);
  const rows = new Float32Array(content.length * dims);
  const hasVector = new Uint8Array(content.length);
  const centroid = new Float32Array(dims);
  let totalWeight = 0;
  content.forEach((token, i) => {
    const weight = weigh(token.norm, token.stem);
    weights[i] = weight;
    totalWeight += weight;
    if (vectors && lookupVector(vectors, token.norm, rows, i * dims)) {
      hasVector[i] = 1;
      for (let d = 0; d < dims; d += 1) centroid[d]! += weight * rows[i * dims + d]!;
    }
  });
  normalise(centroid);
  const bigrams = new Set<string>();
  for (let i = 1; i < stems.length; i += 1) bigrams.add(`${stems[i - 1]} ${stems[i]}`);
  const numbers = new Set(tokens.filter((t) => t.numeric).map((t) => t.norm.replace(/,/g, "")));
  const names = new Set(
    tokens.filter((t, i) => i > 0 && t.capitalized && !t.stop && !t.numeric).map((t) => t.stem),
  );
  return {
    stems,
    weights,
    totalWeight,
    vectors: rows,
    hasVector,
    centroid,
    stemSet: new Set(stems),
    allWords: tokens.map((t) => t.norm),
    bigrams,
    numbers,
    names,
  };
}

// Writes the unit vector of a word into `out` at `at`; a hyphenated word
// the table lacks ("de-escalation") gets the mean of its parts.
function lookupVector(vectors: WordVectors, norm: string, out: Float32Array, at: number): boolean {
  const dims = vectors.dims;
  const index = vectors.indexOf(norm);
  if (index !== undefined) {
    out.set(vectors.rows.subarray(index * dims, (index + 1) * dims), at);
    return true;
  }
  if (!norm.includes("-")) return false;
  let found = false;
  for (const part of norm.split("-")) {
    const partIndex = vectors.indexOf(part);
    if (partIndex === undefined) continue;
    found = true;
    for (let d = 0; d < dims; d += 1) out[at + d]! += vectors.rows[partIndex * dims + d]!;
  }
  if (found) normalise(out.subarray(at, at + dims));
  return found;
}

function normalise(vector: Float32Array): void {
  let norm = 0;
  for (const value of vector) norm += value * value;
  if (norm === 0) return;
  const inverse = 1 / Math.sqrt(norm);
  for (let d = 0; d < vector.length; d += 1) vector[d]! *= inverse;
}
