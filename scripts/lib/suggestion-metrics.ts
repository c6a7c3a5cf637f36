/**
 * How well the engine's suggestions rank a gold alignment's counterparts.
 *
 * A gold link is a pair of sentences s (version X) and t (version Y). It is
 * counted once in each direction. In direction X → Y, take the units whose
 * text overlaps s, and each unit's candidates in Y in their order: the link
 * is "first" when some unit's first candidate in Y overlaps t, and "within
 * three" when one of some unit's first three candidates does. (Overlap: at
 * least one non-space character in common.)
 *
 * A band's precision: of the candidates in that band suggested for units of
 * gold sentences, the share that overlap a gold counterpart of the unit's
 * sentence (a sentence the gold links to it).
 */
import type { StrengthBand, Suggestion, TextSpan } from "../../src/core/align/types.ts";
import type { Gold, GoldSentence } from "./gold.ts";

export type RankingMetrics = {
  /** Gold links × 2 (each direction once). */
  directed: number;
  first: number;
  withinThree: number;
  /** Among the candidates at all (the most any ranking of them could reach). */
  listed: number;
  /** Links (undirected) found in either direction: first, within three. */
  eitherFirst: number;
  eitherWithinThree: number;
};

export type BandCounts = Record<StrengthBand, { right: number; total: number }>;

const overlaps = (text: string, a: TextSpan, b: TextSpan) => {
  if (a.version !== b.version) return false;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return end > start && text.slice(start, end).trim() !== "";
};

/** Share of gold links (each direction) whose counterpart is the first suggestion, and within three. */
export function measureRanking(
  suggestions: readonly Suggestion[],
  gold: Gold,
  within = 3,
): RankingMetrics {
  const textOf = new Map(gold.versions.map((v) => [v.id, v.text]));
  const rankOf = (s: GoldSentence, t: GoldSentence) => {
    let best = Number.POSITIVE_INFINITY;
    for (const unit of suggestions) {
      if (!overlaps(textOf.get(s.version)!, unit, s)) continue;
      const inY = unit.candidates.filter((c) => c.version === t.version);
      const rank = inY.findIndex((c) => overlaps(textOf.get(t.version)!, c, t));
      if (rank >= 0) best = Math.min(best, rank);
    }
    return best;
  };
  const pairs = gold.links.map(([s, t]) => [rankOf(s, t), rankOf(t, s)] as const);
  const ranks = pairs.flat();
  const either = pairs.map(([p, q]) => Math.min(p, q));
  return {
    directed: ranks.length,
    first: ranks.filter((rank) => rank === 0).length,
    withinThree: ranks.filter((rank) => rank < within).length,
    listed: ranks.filter((rank) => rank < Number.POSITIVE_INFINITY).length,
    eitherFirst: either.filter((rank) => rank === 0).length,
    eitherWithinThree: either.filter((rank) => rank < within).length,
  };
}

/** For each band, how many of its candidates (for units of gold sentences) are gold counterparts. */
export function measureBands(suggestions: readonly Suggestion[], gold: Gold): BandCounts {
  const textOf = new Map(gold.versions.map((v) => [v.id, v.text]));
  const sentences = [...gold.claims.flatMap((claim) => claim.members), ...gold.unique];
  const counterparts = new Map<GoldSentence, GoldSentence[]>();
  const key = (s: GoldSentence) => `${s.version}:${s.start}`;
  const byKey = new Map(sentences.map((s) => [key(s), s]));
  for (const [s, t] of gold.links) {
    for (const [from, to] of [
      [s, t],
      [t, s],
    ] as const) {
      const list = counterparts.get(byKey.get(key(from))!) ?? [];
      list.push(to);
      counterparts.set(byKey.get(key(from))!, list);
    }
  }
  const counts: BandCounts = {
    likely: { right: 0, total: 0 },
    possible: { right: 0, total: 0 },
    weak: { right: 0, total: 0 },
  };
  for (const unit of suggestions) {
    const own = [...byKey.values()].filter((s) => overlaps(textOf.get(s.version)!, unit, s));
    if (own.length === 0) continue;
    const targets = own.flatMap((s) => counterparts.get(s) ?? []);
    for (const candidate of unit.candidates) {
      const right = targets.some((t) => overlaps(textOf.get(t.version)!, candidate, t));
      counts[candidate.band].total += 1;
      if (right) counts[candidate.band].right += 1;
    }
  }
  return counts;
}
