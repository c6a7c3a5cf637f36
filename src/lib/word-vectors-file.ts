/**
 * Fetches and decodes the word-vector table (public/models/word-vectors.bin),
 * once per page or worker. It is about 4.5 MB: the page starts downloading it
 * for the comparison worker as the app starts (compare-client.ts), and the
 * worker decodes it while the story is on its way.
 */
import { decodeWordVectors, type WordVectors } from "@/core/vectors/word-vectors.ts";

export const WORD_VECTORS_PATH = "models/word-vectors.bin";

const loaded = new Map<string, Promise<WordVectors>>();
// Tables whose bytes the page is fetching for this worker: resolved when they arrive.
const arriving = new Map<string, (bytes: ArrayBuffer | null) => void>();

/** Loads the table from `url` (cached); rejects with a readable message. */
export function loadWordVectors(url: string): Promise<WordVectors> {
  let promise = loaded.get(url);
  if (!promise) {
    promise = keepUnlessFailed(url, fetchAndDecode(url));
    loaded.set(url, promise);
  }
  return promise;
}

/**
 * In a worker: the page is fetching the table at `url` and will hand its
 * bytes over (receiveWordVectors). The page can start the download while
 * this worker's own code is still loading; meanwhile loadWordVectors waits
 * for them rather than fetching the file a second time.
 */
export function expectWordVectors(url: string): void {
  if (loaded.has(url)) return;
  const bytes = new Promise<ArrayBuffer | null>((resolve) => arriving.set(url, resolve));
  // No bytes: the page's download failed, so this worker tries itself (and says why if it fails).
  const promise = bytes.then((data) => (data ? decodeWordVectors(data) : fetchAndDecode(url)));
  const kept = keepUnlessFailed(url, promise);
  // A failure is reported by the comparison that needs the vectors.
  kept.catch(() => {});
  loaded.set(url, kept);
}

/** In a worker: the bytes the page fetched for `url` (null: its download failed). */
export function receiveWordVectors(url: string, bytes: ArrayBuffer | null): void {
  arriving.get(url)?.(bytes);
  arriving.delete(url);
}

async function fetchAndDecode(url: string): Promise<WordVectors> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `the word vectors (${WORD_VECTORS_PATH}) could not be loaded: ${response.status}`,
    );
  return decodeWordVectors(await response.arrayBuffer());
}

// A failed load is forgotten, so that the next comparison tries again.
function keepUnlessFailed(url: string, promise: Promise<WordVectors>): Promise<WordVectors> {
  return promise.catch((error: unknown) => {
    loaded.delete(url);
    throw error;
  });
}
