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

const KEEP = 20;

export function cacheKey(storyId: string, digest: string): string {
  return `${ENGINE_VERSION}:${storyId}:${digest}`;
}

export async function readCachedComparison(key: string): Promise<CompareResult | null> {
  try {
    const entry = await (await parallaxDb()).get("comparisons", key);
    return (entry?.result as CompareResult | undefined) ?? null;
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

export async function writeCachedComparison(key: string, result: CompareResult): Promise<void> {
  try {
    const db = await parallaxDb();
    await db.put("comparisons", { key, result, savedAt: Date.now() });
    const keys = await db.getAllKeysFromIndex("comparisons", "savedAt");
    for (const old of keys.slice(0, Math.max(0, keys.length - KEEP)))
      await db.delete("comparisons", old);
  } catch {
    // Storage full or unavailable: the result still shows, it is only not kept.
  }
}
