/**
 * Comparison results kept in IndexedDB, keyed by the story's texts and the
 * engine's version, so a story opened before shows its highlights at once.
 * The page reads them (here); the worker keeps them (keep-comparison.ts:
 * storing a large result costs a structured clone the page should not pay
 * for, and the packing code need not load with the page).
 */
import { ENGINE_VERSION } from "@/core/align/engine-version.ts";
import type { PackedComparison, PackedLists } from "@/core/align/pack-comparison.ts";
import type { Comparison } from "@/core/align/types.ts";
import { parallaxDb } from "@/lib/parallax-db.ts";
import { receivedComparison, receivedLists, type CompareResult } from "./protocol.ts";

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
    const kept = entry?.result as Partial<KeptResult> | undefined;
    if (!kept?.comparison || kept.quotes === undefined) return null;
    return {
      ...kept,
      // Kept by an older page that did not look for discrepancies: none found is the honest reading.
      discrepancies: kept.discrepancies ?? [],
      // Kept packed (older pages kept objects).
      comparison: receivedComparison(kept.comparison),
      passageThemes: kept.passageThemes && receivedLists(kept.passageThemes),
    } as CompareResult;
  } catch {
    return null; // A cache that cannot be read is a cache miss.
  }
}

/**
 * A result as the cache keeps it: its passages and tags packed, so that
 * reading a story of hundreds of versions back is a copy of a few blocks
 * of memory, not of hundreds of thousands of objects, on the page.
 */
export type KeptResult = Omit<CompareResult, "comparison" | "passageThemes"> & {
  comparison: PackedComparison | Comparison;
  passageThemes: PackedLists | string[][] | null;
};
