/**
 * The words of one comparison, each with an id, its vector (if the table
 * knows it) and cached similarities. Comparing two sentences then costs a
 * lookup per word pair instead of a 100-dimensional dot product, and each
 * word's vector is stored once however often it occurs.
 */
import type { WordVectors } from "./word-vectors.ts";

/** Cosine at or below which two words count as unrelated (GloVe puts many loosely related news words near 0.5). */
const SIMILARITY_FLOOR = 0.45;

/**
 * Two words are forms of one when they share a long beginning: at least six
 * letters and all but two of the shorter word ("destabilise"/"destabilizing",
 * "caution"/"cautious", "negotiate"/"negotiations").
 */
export function sameWordForm(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  let common = 0;
  while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common += 1;
  return common >= 6 && common >= shorter - 2;
}

/** Largest vocabulary whose similarities are cached densely (4,000² floats = 64 MB). */
const MAX_DENSE_WORDS = 4_000;

/**
 * A table's words and vectors, structured-cloneable: what a helper worker
 * needs to compare units exactly as the table that made it (same ids, same
 * similarities), without the whole vector file.
 */
export type WordTableSnapshot = {
  dims: number;
  words: string[];
  /** Unit vectors, `words.length × dims` (zeros for unknown words). */
  rows: Float32Array;
  /** 1 where the word has a vector. */
  known: Uint8Array;
};

export class WordTable {
  readonly dims: number;
  /** The table words are looked up in (null: no vectors, exact words only). */
  readonly vectors: WordVectors | null;
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly stemIds = new Map<string, number>();
  /**
   * Each word's first six letters as a number (-1 when shorter): forms of one
   * word share them (see sameWordForm), so most pairs skip comparing letters.
   */
  private readonly prefixIds: number[] = [];
  private readonly prefixes = new Map<string, number>();
  private rows: Float32Array;
  private known: Uint8Array;
  /** Lazily filled W × W similarities (NaN: not computed yet), while the vocabulary is small enough. */
  private dense: Float32Array | null = null;
  private denseSize = 0;

  constructor(vectors: WordVectors | null) {
    this.vectors = vectors;
    this.dims = vectors?.dims ?? 0;
    this.rows = new Float32Array(this.dims * 256);
    this.known = new Uint8Array(256);
  }

  /** A table rebuilt from a snapshot, frozen: its ids and similarities are the original's. */
  static fromSnapshot(snapshot: WordTableSnapshot): WordTable {
    const table = new WordTable({
      dims: snapshot.dims,
      size: 0,
      indexOf: () => undefined,
      row: () => new Float32Array(0),
    });
    snapshot.words.forEach((word, id) => {
      table.ids.set(word, id);
      table.words.push(word);
      table.prefixIds.push(table.prefixIdOf(word));
    });
    table.rows = snapshot.rows;
    table.known = snapshot.known;
    table.freeze();
    return table;
  }

  /** The words seen so far, their vectors and which are known (copies: send them to a worker). */
  snapshot(): WordTableSnapshot {
    const size = this.ids.size;
    return {
      dims: this.dims,
      words: this.words.slice(),
      rows: this.rows.slice(0, size * this.dims),
      known: this.known.slice(0, size),
    };
  }

  /** Number of distinct words seen. */
  get size(): number {
    return this.ids.size;
  }

  /** Id of a folded word, adding it (and looking up its vector) the first time. */
  idOf(norm: string): number {
    let id = this.ids.get(norm);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(norm, id);
    this.words.push(norm);
    this.prefixIds.push(this.prefixIdOf(norm));
    this.grow(id + 1);
    if (this.vectors)
      this.known[id] = lookup(this.vectors, norm, this.rows, id * this.dims) ? 1 : 0;
    return id;
  }

  /** Id of a stem (a separate numbering from words), so stems compare as integers. */
  stemIdOf(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) this.stemIds.set(stem, (id = this.stemIds.size));
    return id;
  }

  hasVector(id: number): boolean {
    return this.known[id] === 1;
  }

  /** The word's unit vector (a view; zeros when unknown). */
  vector(id: number): Float32Array {
    return this.rows.subarray(id * this.dims, (id + 1) * this.dims);
  }

  /**
   * How interchangeable two known words are, in [0, 1]: 1 for forms of one
   * word, else their cosine rescaled so that `SIMILARITY_FLOOR` maps to 0
   * (0.8 here is a raw cosine of about 0.89). Call `freeze()` once all words are
   * in: similarities are then cached in a dense matrix (small vocabularies)
   * or computed each time (large ones, where a cache would not fit).
   */
  similarity(a: number, b: number): number {
    if (a === b) return 1;
    const dense = this.dense;
    const size = this.denseSize;
    if (dense && a < size && b < size) {
      const cached = dense[a * size + b]!;
      if (!Number.isNaN(cached)) return cached;
      const value = this.dot(a, b);
      dense[a * size + b] = value;
      dense[b * size + a] = value;
      return value;
    }
    return this.dot(a, b);
  }

  /**
   * The dense similarity cache (`size × size`, NaN where not computed yet),
   * or null: inner loops read it directly and call `similarity` on a NaN,
   * which saves a call per word pair when comparing many units.
   */
  get cache(): { values: Float32Array; size: number } | null {
    return this.dense && { values: this.dense, size: this.denseSize };
  }

  /** Prepares the similarity cache for the words seen so far. */
  freeze(): void {
    const size = this.ids.size;
    if (size > MAX_DENSE_WORDS || this.dims === 0) return;
    this.denseSize = size;
    this.dense = new Float32Array(size * size).fill(Number.NaN);
  }

  // How interchangeable two words are, in [0, 1]: spelling variants and
  // forms of one word ("destabilise"/"destabilizing", "caution"/"cautious")
  // count as the same; otherwise the cosine, rescaled so that the level two
  // unrelated words of one subject reach counts as nothing.
  private dot(a: number, b: number): number {
    const prefix = this.prefixIds[a]!;
    if (prefix >= 0 && prefix === this.prefixIds[b] && sameWordForm(this.words[a]!, this.words[b]!))
      return 1;
    const dims = this.dims;
    const rows = this.rows;
    // Summed in index order, as a plain loop would, but four terms a step:
    // this runs for most word pairs of a story (160,000 in the bundled one).
    const whole = dims - (dims % 4);
    let value = 0;
    let i = a * dims;
    let j = b * dims;
    for (let d = 0; d < whole; d += 4, i += 4, j += 4) {
      value += rows[i]! * rows[j]!;
      value += rows[i + 1]! * rows[j + 1]!;
      value += rows[i + 2]! * rows[j + 2]!;
      value += rows[i + 3]! * rows[j + 3]!;
    }
    for (let d = whole; d < dims; d += 1, i += 1, j += 1) value += rows[i]! * rows[j]!;
    // Rounded to float32 so cached and freshly computed values are identical.
    return value <= SIMILARITY_FLOOR
      ? 0
      : Math.fround((value - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR));
  }

  private prefixIdOf(word: string): number {
    if (word.length < 6) return -1;
    const prefix = word.slice(0, 6);
    let id = this.prefixes.get(prefix);
    if (id === undefined) this.prefixes.set(prefix, (id = this.prefixes.size));
    return id;
  }

  private grow(size: number): void {
    if (size <= this.known.length) return;
    const capacity = Math.max(size, this.known.length * 2);
    const rows = new Float32Array(capacity * this.dims);
    rows.set(this.rows);
    const known = new Uint8Array(capacity);
    known.set(this.known);
    this.rows = rows;
    this.known = known;
  }
}

// Writes the unit vector of a word at `at`; a hyphenated word the table
// lacks ("de-escalation") gets the normalised mean of its parts.
function lookup(vectors: WordVectors, norm: string, out: Float32Array, at: number): boolean {
  const dims = vectors.dims;
  const index = vectors.indexOf(norm);
  if (index !== undefined) {
    out.set(vectors.row(index), at);
    return true;
  }
  if (!norm.includes("-")) return false;
  let found = false;
  for (const part of norm.split("-")) {
    const partIndex = vectors.indexOf(part);
    if (partIndex === undefined) continue;
    found = true;
    const row = vectors.row(partIndex);
    for (let d = 0; d < dims; d += 1) out[at + d]! += row[d]!;
  }
  if (!found) return false;
  let norm2 = 0;
  for (let d = 0; d < dims; d += 1) norm2 += out[at + d]! ** 2;
  const inverse = 1 / Math.sqrt(norm2);
  for (let d = 0; d < dims; d += 1) out[at + d]! *= inverse;
  return true;
}
