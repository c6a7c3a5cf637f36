import { WORD_VECTORS_PATH } from "./word-vectors-file.ts";

/** Absolute URL of the word-vector table, for the worker (which resolves URLs against its own script). */
export function wordVectorsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${WORD_VECTORS_PATH}`, document.baseURI).href;
}
