/**
 * Fetches and decodes the word-vector table (public/models/word-vectors.bin),
 * once per page or worker. It is about 4.5 MB, so it is loaded lazily, off
 * the critical path, when the first comparison needs it.
 */
import { decodeWordVectors, type WordVectors } from "@/core/vectors/word-vectors.ts";

export const WORD_VECTORS_PATH = "models/word-vectors.bin";

const loaded = new Map<string, Promise<WordVectors>>();

/** Loads the table from `url` (cached); rejects with a readable message. */
export function loadWordVectors(url: string): Promise<WordVectors> {
  let promise = loaded.get(url);
  if (!promise) {
    promise = fetch(url)
      .then(async (response) => {
        if (!response.ok)
          throw new Error(
            `the word vectors (${WORD_VECTORS_PATH}) could not be loaded: ${response.status}`,
          );
        return decodeWordVectors(await response.arrayBuffer());
      })
      .catch((error: unknown) => {
        loaded.delete(url);
        throw error;
      });
    loaded.set(url, promise);
  }
  return promise;
}
