/**
 * What each strictness level does on the stories with gold: gold links
 * found, links beyond the gold (read by hand, or not yet), gold-unique
 * sentences marked shared, and how much of unrelated same-subject articles
 * lights up as shared.
 */
import { compareVersions, type CompareOptions } from "../../src/core/align/compare-versions.ts";
import type { Comparison } from "../../src/core/align/types.ts";
import type { WordVectors } from "../../src/core/vectors/word-vectors.ts";
import type { Gold } from "./gold.ts";
import { measureAgainstGold, type StoryMetrics } from "./story-metrics.ts";
import { readUnrelatedPair, UNRELATED_PAIRS } from "./unrelated.ts";

export type StrictnessRow = {
  stories: { story: string; metrics: StoryMetrics; right: number; wrong: number }[];
  /** Mean share of unrelated articles' text marked shared. */
  unrelatedShared: number;
};

/** Share of one version's text in shared passages. */
export function sharedShare(result: Comparison, id: string): number {
  const text = result.versions.find((v) => v.id === id)!.text;
  const shared = result.passages
    .filter((p) => p.version === id && p.kind !== "unique")
    .reduce((sum, p) => sum + p.end - p.start, 0);
  return shared / text.length;
}

/** Measures one setting of the link options on the given golds and the unrelated pairs. */
export function measureStrictness(
  golds: readonly Gold[],
  vectors: WordVectors,
  options: CompareOptions,
): StrictnessRow {
  const stories = golds.map((gold) => {
    const metrics = measureAgainstGold(
      compareVersions(gold.versions, { vectors, ...options }),
      gold,
    );
    const count = (verdict: "right" | "wrong") =>
      metrics.extraLinks.filter((link) => link.verdict === verdict).length;
    return { story: gold.story, metrics, right: count("right"), wrong: count("wrong") };
  });
  const shares = UNRELATED_PAIRS.flatMap((pair) => {
    const versions = readUnrelatedPair(pair);
    const result = compareVersions(versions, { vectors, ...options });
    return versions.map((v) => sharedShare(result, v.id));
  });
  return { stories, unrelatedShared: shares.reduce((a, b) => a + b, 0) / shares.length };
}
