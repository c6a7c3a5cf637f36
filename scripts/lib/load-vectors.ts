import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeWordVectors, type WordVectors } from "../../src/core/vectors/word-vectors.ts";
import { ROOT } from "./data-tree.ts";

export const VECTORS_PATH = join(ROOT, "public/models/word-vectors.bin");

/** The word-vector table the app ships, read from public/models. */
export function loadWordVectors(): WordVectors {
  return decodeWordVectors(readFileSync(VECTORS_PATH));
}
