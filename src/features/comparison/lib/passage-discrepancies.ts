/**
 * Which passages a fact discrepancy concerns: those one of its values
 * overlaps. Values are few and passages many, so each value finds its
 * passages by binary search instead of every passage scanning every value.
 */
import type { Passage } from "@/core/align/types.ts";
import type { Discrepancy } from "@/core/facts/types.ts";

/** One list shared by every passage without discrepancies (most of them). */
export const NO_DISCREPANCIES: readonly Discrepancy[] = Object.freeze([]);

/**
 * The discrepancies of each passage of one version, by passage index.
 * `passages` are the version's, in text order (as the engine gives them).
 */
export function discrepanciesByPassage(
  version: string,
  passages: readonly Passage[],
  discrepancies: readonly Discrepancy[],
): Map<number, Discrepancy[]> {
  const out = new Map<number, Discrepancy[]>();
  for (const discrepancy of discrepancies) {
    for (const value of discrepancy.values) {
      if (value.version !== version) continue;
      for (let i = firstEndingAfter(passages, value.start); i < passages.length; i += 1) {
        if (passages[i]!.start >= value.end) break;
        const list = out.get(i) ?? [];
        // A discrepancy with two values in one passage (a range) is listed once.
        if (!list.includes(discrepancy)) list.push(discrepancy);
        out.set(i, list);
      }
    }
  }
  return out;
}

/**
 * The discrepancies still visible when only `shown` versions are: those with
 * values in two of them (a disagreement with a hidden version is not shown).
 */
export function visibleDiscrepancies(
  discrepancies: readonly Discrepancy[],
  shown: ReadonlySet<string>,
): Discrepancy[] {
  return discrepancies.filter(
    (d) => new Set(d.values.filter((v) => shown.has(v.version)).map((v) => v.version)).size >= 2,
  );
}

// Index of the first passage whose end lies after `offset`.
function firstEndingAfter(passages: readonly Passage[], offset: number): number {
  let low = 0;
  let high = passages.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (passages[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
