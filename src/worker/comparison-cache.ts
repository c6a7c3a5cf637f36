/**
 * Comparison results kept in IndexedDB, keyed by the story's texts and the
 * engine's version, so a story opened before shows its highlights at once.
 * Only the most recent results are kept. The worker writes them (storing a
 * large result costs a structured clone the page should not pay for); the
 * page reads them.
 */
import { ENGINE_VERSION } from "@/core/align/engine-version.ts";
import { parallaxDb } from "@/lib/parallax-db.ts";
import {
  toResult,
  type CompareRequest,
  type CompareResponse,
  type CompareResult,
} from "./protocol.ts";

/** How much of this browser's storage the cache may take: the newest results, at most… */
export const CACHE_LIMITS = {
  /** …this many… */
  count: 20,
  /** …and about this many bytes in all (a 200-version story's result takes 3–10 MB). */
  bytes: 60_000_000,
};

/** The cache key of a story's texts and settings (their digest) under this engine version. */
export function cacheKey(storyId: string, digest: string): string {
  return `${ENGINE_VERSION}:${storyId}:${digest}`;
}

/**
 * The keys of every result kept for a story (any texts, any settings), read
 * without the results; an empty set when the cache cannot be read.
 */
export async function listCachedKeys(storyId: string): Promise<Set<string>> {
  const prefix = cacheKey(storyId, "");
  try {
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    return new Set(await (await parallaxDb()).getAllKeys("comparisons", range));
  } catch {
    return new Set();
  }
}

/**
 * The result kept under a key, or null; results kept before discrepancies
 * existed get none, and one kept before the quotes list is a miss (its fact
 * check is run again).
 */
export async function readCachedComparison(key: string): Promise<CompareResult | null> {
  try {
    const entry = await (await parallaxDb()).get("comparisons", key);
    const result = entry?.result as Partial<CompareResult> | undefined;
    if (!result || result.quotes === undefined) return null;
    // Kept by an older page that did not look for discrepancies: none found is the honest reading.
    return { ...result, discrepancies: result.discrepancies ?? [] } as CompareResult;
  } catch {
    return null; // A cache that cannot be read is a cache miss.
  }
}

/**
 * Keeps a finished comparison under its request's key, if it has one. Called
 * after the result is on its way to the page: storing it clones it, and the
 * page should not wait for that.
 */
export function keepComparison(request: CompareRequest, response: CompareResponse): void {
  if (request.cacheKey && response.ok)
    void writeCachedComparison(request.cacheKey, toResult(response));
}

/**
 * Stores a result, first dropping the oldest ones it would push beyond the
 * limits (room is made before saving, so a full disk can recover). The new
 * result itself is always stored, whatever its size.
 */
export async function writeCachedComparison(
  key: string,
  result: CompareResult,
  limits = CACHE_LIMITS,
): Promise<void> {
  try {
    const db = await parallaxDb();
    // Roughly what it takes on disk: its text as JSON, two bytes a character.
    const bytes = JSON.stringify(result).length * 2;
    const transaction = db.transaction("comparisons", "readwrite");
    const stale: string[] = [];
    let count = 1;
    let total = bytes;
    // Newest first, reading only the index's keys ([savedAt, bytes]), never a result.
    let cursor = await transaction.store.index("savedAtBytes").openKeyCursor(null, "prev");
    for (; cursor; cursor = await cursor.continue()) {
      if (cursor.primaryKey === key) continue; // Replaced below.
      count += 1;
      total += cursor.key[1];
      if (count > limits.count || total > limits.bytes) stale.push(cursor.primaryKey);
    }
    for (const old of stale) await transaction.store.delete(old);
    await transaction.store.put({ key, result, savedAt: Date.now(), bytes });
    await transaction.done;
  } catch {
    // Storage full or unavailable: the result still shows, it is only not kept.
  }
}
