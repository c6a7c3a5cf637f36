/**
 * Keeping comparison results in IndexedDB (read back by comparison-cache.ts):
 * packed, and only the most recent ones, within CACHE_LIMITS.
 */
import { packComparison, packLists } from "@/core/align/pack-comparison.ts";
import { parallaxDb } from "@/lib/parallax-db.ts";
import type { KeptResult } from "./comparison-cache.ts";
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

function packForKeeping(result: CompareResult): KeptResult {
  return {
    ...result,
    comparison: packComparison(result.comparison),
    passageThemes: result.passageThemes && packLists(result.passageThemes),
  };
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
    const kept = packForKeeping(result);
    const bytes = roughBytes(kept);
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
    await transaction.store.put({ key, result: kept, savedAt: Date.now(), bytes });
    await transaction.done;
  } catch {
    // Storage full or unavailable: the result still shows, it is only not kept.
  }
}

// Roughly what a value takes on disk: two bytes a character of its strings,
// the bytes of its typed arrays, eight bytes a number.
function roughBytes(value: unknown): number {
  if (typeof value === "string") return value.length * 2;
  if (typeof value === "number" || typeof value === "boolean") return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + roughBytes(item), 0);
  if (value && typeof value === "object")
    return Object.entries(value).reduce(
      (sum, [k, item]) => sum + k.length * 2 + roughBytes(item),
      0,
    );
  return 0;
}
