/**
 * How suggestions are ranked. A pair's z-score alone puts a gold counterpart
 * within a unit's first three for about three quarters of the bundled
 * story's gold links; what else a pair has going for it lifts that a little:
 * group membership, points of agreement, a third version that ties both
 * units to one unit, and neighbours that match each other too. Every
 * feature is symmetric in the two units, so a pair's score is the same from
 * either side. Measured in docs/quality.md; weights were checked on both
 * stories with gold, not fitted: fits validated across the two stories
 * (with more features too) did not beat them (quality.md, section 5).
 */
import { expandThroughThirdVersions, type PairTable } from "./expand-candidates.ts";
import type { SuggestInput } from "./suggest-counterparts.ts";

/** A candidate pair of units (a < b) with its ranking score. */
export type RankedPair = { a: number; b: number; score: number };

/** What a pair has going for it beyond its z-score. */
export type RankFeatures = {
  /** Story-relative strength (pairZ). */
  z: number;
  /** Points of agreement (countAnchors), as links count them. */
  agreement: number;
  /** 1 when the two units are in one group. */
  grouped: number;
  /** Third versions in which both units' best match is the same unit. */
  corroboration: number;
  /** Best z of the neighbouring pairs (a−1, b−1) and (a+1, b+1) that were scored; else 0. */
  neighbourZ: number;
};

/**
 * Weight of each feature in the ranking score (z counts 1). Grouped pairs
 * first: the engine already judged them. Agreement and corroboration are
 * counts, so their weights stay small.
 */
export const RANK_WEIGHTS: Omit<RankFeatures, "z"> = {
  agreement: 0.5,
  grouped: 2,
  corroboration: 0.5,
  neighbourZ: 0.2,
};

/** Ranking score of a pair: z plus the weighted evidence beyond it. */
export function rankScore(features: RankFeatures, weights = RANK_WEIGHTS): number {
  return (
    features.z +
    weights.agreement * features.agreement +
    weights.grouped * features.grouped +
    weights.corroboration * features.corroboration +
    weights.neighbourZ * features.neighbourZ
  );
}

/** Scores every candidate pair (and every pair of group members), rounded to 3 decimals. */
export function rankPairs(input: SuggestInput, weights = RANK_WEIGHTS): RankedPair[] {
  return pairFeatures(input).map(({ a, b, features }) => ({
    a,
    b,
    score: Math.round(rankScore(features, weights) * 1000) / 1000,
  }));
}

/**
 * Each pair to rank with its features, a < b, in no particular order: the pairs
 * the paraphrase layer scored, pairs of group members, and pairs found
 * through a third version (expand-candidates.ts).
 */
export function pairFeatures(
  input: SuggestInput,
): { a: number; b: number; features: RankFeatures }[] {
  const { units, scored, measurePair, groups } = input;
  const n = units.length;
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.units.forEach((unit) => groupOf.set(unit, g)));
  const table: PairTable = new Map();
  for (const pair of scored) table.set(pair.a * n + pair.b, pair);
  const compared = comparedVersions(input);
  for (const group of groups)
    for (const a of group.units)
      for (const b of group.units)
        if (a < b && compared(units[a]!.version, units[b]!.version) && !table.has(a * n + b))
          table.set(a * n + b, measurePair(a, b));
  const best = expandThroughThirdVersions(units, input.versionCount, table, measurePair);
  const sameVersions = (a: number, b: number, d: number) =>
    units[a + d]?.version === units[a]!.version && units[b + d]?.version === units[b]!.version;
  const zAt = (x: number, y: number) => table.get(Math.min(x, y) * n + Math.max(x, y))?.z ?? 0;
  // Only versions where a has a best match can count, so look at those alone.
  const corroborated = (a: number, b: number) => {
    const { versionCount: count, unit: bestOf } = best;
    let votes = 0;
    for (const w of best.versionsOf[a]!) {
      const c = bestOf[a * count + w]!;
      if (w !== units[b]!.version && bestOf[b * count + w] === c) votes += 1;
    }
    return votes;
  };
  return [...table.values()].map(({ a, b, z, agreement }) => {
    const features: RankFeatures = {
      z,
      agreement,
      grouped: groupOf.has(a) && groupOf.get(a) === groupOf.get(b) ? 1 : 0,
      corroboration: corroborated(a, b),
      neighbourZ: Math.max(
        sameVersions(a, b, -1) ? zAt(a - 1, b - 1) : 0,
        sameVersions(a, b, 1) ? zAt(a + 1, b + 1) : 0,
      ),
    };
    return { a, b, features };
  });
}

/**
 * Whether the paraphrase layer compared two versions (large stories compare
 * each version with its nearest few): group members are ranked only there.
 * A group of a large story can hold a hundred units, and ranking all their
 * pairs cost more than the engine; the panel lists candidates only in
 * versions without a counterpart, so members elsewhere were never shown.
 */
function comparedVersions({ units, scored, versionCount }: SuggestInput) {
  const pairs = new Set<number>();
  for (const { a, b } of scored) pairs.add(units[a]!.version * versionCount + units[b]!.version);
  return (x: number, y: number) => pairs.has(Math.min(x, y) * versionCount + Math.max(x, y));
}
