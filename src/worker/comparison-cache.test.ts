import "fake-indexeddb/auto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheKey, listCachedKeys, readCachedComparison } from "./comparison-cache.ts";
import { writeCachedComparison } from "./keep-comparison.ts";
import { toResult, type CompareResult } from "./protocol.ts";
import { runComparison } from "./run-comparison.ts";
import { bundledRequest } from "./test-support.ts";

// A result whose stored size is about `chars` × 2 bytes.
function resultOf(chars: number): CompareResult {
  return {
    comparison: {
      versions: [{ id: "a", label: "A", text: "x".repeat(chars) }],
      passages: [],
      groups: [],
    },
    themes: [],
    suggestedThemes: false,
    passageThemes: [],
    discrepancies: [],
    quotes: [],
    suggestions: null,
    usedVectors: false,
  };
}

describe("the comparison cache", () => {
  let now = 1_000;
  vi.spyOn(Date, "now").mockImplementation(() => (now += 1));
  afterEach(() => vi.clearAllMocks());

  it("keeps results to read back", async () => {
    await writeCachedComparison("one", resultOf(10));
    expect((await readCachedComparison("one"))?.comparison.versions[0]!.text).toBe("x".repeat(10));
    expect(await readCachedComparison("never-written")).toBeNull();
  });

  it("gives back a real result as it was given, though it keeps it packed", async () => {
    const response = await runComparison(bundledRequest());
    if (!response.ok) throw new Error(response.message);
    await writeCachedComparison("real", toResult(response));
    expect(await readCachedComparison("real")).toEqual(toResult(response));
  });

  it("lists the keys kept for one story, not those of a story whose id starts the same", async () => {
    const mine = [cacheKey("ferry", "d1:s1"), cacheKey("ferry", "d1:s2")];
    for (const key of [...mine, cacheKey("ferry-2", "d1:s1"), cacheKey("ferr", "d1:s1")])
      await writeCachedComparison(key, resultOf(10));
    expect([...(await listCachedKeys("ferry"))].sort()).toEqual(mine.sort());
    expect(await listCachedKeys("nothing-kept")).toEqual(new Set());
  });

  it("drops the oldest results beyond the count and the size limits, never the newest", async () => {
    const limits = { count: 3, bytes: 5_000 };
    for (const key of ["s1", "s2", "s3", "s4"])
      await writeCachedComparison(key, resultOf(100), limits);
    // Four small results, room for three: the oldest goes, the rest stay.
    expect(await readCachedComparison("s1")).toBeNull();
    for (const key of ["s2", "s3", "s4"]) expect(await readCachedComparison(key)).not.toBeNull();
    // One big result fills the size budget by itself: everything older goes, it stays.
    await writeCachedComparison("big", resultOf(4_000), limits);
    expect(await readCachedComparison("s4")).toBeNull();
    expect(await readCachedComparison("big")).not.toBeNull();
    // Even a result over the whole budget is kept while it is the newest.
    await writeCachedComparison("huge", resultOf(10_000), limits);
    expect(await readCachedComparison("huge")).not.toBeNull();
    expect(await readCachedComparison("big")).toBeNull();
  });

  it("reads a result kept before discrepancies existed as having none", async () => {
    const { discrepancies: _, ...old } = resultOf(10);
    await writeCachedComparison("old", old as CompareResult);
    expect((await readCachedComparison("old"))?.discrepancies).toEqual([]);
  });

  it("reads a result kept before the quotes list as a miss, so its facts are checked again", async () => {
    const { quotes: _, ...old } = resultOf(10);
    await writeCachedComparison("no-quotes", old as CompareResult);
    expect(await readCachedComparison("no-quotes")).toBeNull();
  });

  it("keeps the newest result even when an older one was saved in the same millisecond", async () => {
    vi.spyOn(Date, "now").mockReturnValue(5_000_000);
    const limits = { count: 1, bytes: 1_000_000 };
    await writeCachedComparison("older-and-bigger", resultOf(2_000), limits);
    await writeCachedComparison("newer", resultOf(10), limits);
    expect(await readCachedComparison("newer")).not.toBeNull();
    expect(await readCachedComparison("older-and-bigger")).toBeNull();
  });
});
