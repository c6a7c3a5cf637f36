/**
 * The words of one comparison, each with an id, its vector (if the table
 * knows it) and cached similarities. Comparing two sentences then costs a
 * lookup per word pair instead of a 100-dimensional dot product, and each
 * word's vector is stored once however often it occurs.
 */
import type { WordVectors } from "./word-vectors.ts";

export class WordTable {
  readonly dims: number;
  private readonly vectors: WordVectors | null;
  private readonly ids = new Map<string, number>();
  private rows: Float32Array;
  private known: Uint8Array;
  private readonly similarities = new Map<number, number>();

  constructor(vectors: WordVectors | null) {
    this.vectors = vectors;
    this.dims = vectors?.dims ?? 0;
    this.rows = new Float32Array(this.dims * 256);
    this.known = new Uint8Array(256);
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
    this.grow(id + 1);
    if (this.vectors)
      this.known[id] = lookup(this.vectors, norm, this.rows, id * this.dims) ? 1 : 0;
    return id;
  }

  hasVector(id: number): boolean {
    return this.known[id] === 1;
  }

  /** The word's unit vector (a view; zeros when unknown). */
  vector(id: number): Float32Array {
    return this.rows.subarray(id * this.dims, (id + 1) * this.dims);
  }

  /** Cosine similarity of two known words, computed once per pair. */
  similarity(a: number, b: number): number {
    if (a === b) return 1;
    const key = a < b ? a * 2 ** 21 + b : b * 2 ** 21 + a;
    let value = this.similarities.get(key);
    if (value === undefined) {
      value = 0;
      const dims = this.dims;
      for (let d = 0; d < dims; d += 1)
        value += this.rows[a * dims + d]! * this.rows[b * dims + d]!;
      this.similarities.set(key, value);
    }
    return value;
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
  if (!found) return false;
  let norm2 = 0;
  for (let d = 0; d < dims; d += 1) norm2 += out[at + d]! ** 2;
  const inverse = 1 / Math.sqrt(norm2);
  for (let d = 0; d < dims; d += 1) out[at + d]! *= inverse;
  return true;
}
