/**
 * Suggestions: for every unit, its closest units in each other version, so a
 * reader can see what the engine weighed even where it drew no link. Built
 * only from what the paraphrase layer already scored (each unit's centroid
 * candidates, with their soft alignment) plus the unit's group members, so
 * asking for them adds no word-by-word comparison beyond a group's members.
 * Candidates are ranked by `rankScore` (see rank-features.ts), which is
 * symmetric: a pair scores the same seen from either unit.
 */
import type { PairAgreement, PairZ, ScoredPair } from "./link-paraphrases.ts";
import type { UnitGroup } from "./group-units.ts";
import type { Unit } from "./prepare-units.ts";
import { type RankedPair, rankPairs } from "./rank-features.ts";
import type { StrengthBand, Suggestion } from "./types.ts";

/** A suggested counterpart, by unit index (canonical order). */
export type UnitCandidate = { unit: number; score: number; band: StrengthBand };

export type SuggestInput = {
  units: readonly Unit[];
  versionCount: number;
  /** Candidate pairs the paraphrase layer scored (linkParaphrases with keepCandidates). */
  scored: readonly ScoredPair[];
  pairZ: PairZ;
  agreement: PairAgreement;
  groups: readonly UnitGroup[];
  /** Candidates kept per unit and other version. */
  perVersion: number;
};

/**
 * For each unit (by index), for each version (canonical index), its best
 * `perVersion` candidates in that version, best first; its own version's
 * list is empty. Deterministic: ties go to the lower unit index.
 */
export function suggestCounterparts(input: SuggestInput): UnitCandidate[][][] {
  const { units, versionCount, perVersion, groups } = input;
  const ranked = rankPairs(input);
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.units.forEach((unit) => groupOf.set(unit, g)));
  const together = (a: number, b: number) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
  const lists = units.map(() => Array.from({ length: versionCount }, () => [] as RankedPair[]));
  for (const pair of ranked) {
    lists[pair.a]![units[pair.b]!.version]!.push(pair);
    lists[pair.b]![units[pair.a]!.version]!.push(pair);
  }
  return lists.map((byVersion, unit) =>
    byVersion.map((pairs) =>
      pairs
        .map((pair) => ({ unit: pair.a === unit ? pair.b : pair.a, pair }))
        .sort((p, q) => q.pair.score - p.pair.score || p.unit - q.unit)
        .filter(keepGroupMembers(perVersion, (other) => together(unit, other)))
        .map(({ unit: other, pair }) => ({
          unit: other,
          score: pair.score,
          band: bandOf(pair.score),
        })),
    ),
  );
}

/**
 * Bands on the ranking score, calibrated on the gold of both stories with
 * gold (docs/quality.md gives each band's measured precision): at
 * LIKELY_SCORE and above, about three candidates in four are a gold
 * counterpart; from POSSIBLE_SCORE, about one in four; below, about one in ten.
 */
export const LIKELY_SCORE = 5.5;
export const POSSIBLE_SCORE = 3.5;

/** A candidate's band, from its ranking score. */
export function bandOf(score: number): StrengthBand {
  return score >= LIKELY_SCORE ? "likely" : score >= POSSIBLE_SCORE ? "possible" : "weak";
}

// Keeps the best `count` of a list sorted best first, but never drops a
// member of the unit's group for a stranger: group members take the places
// of the weakest others (a version has at most three members in a group).
function keepGroupMembers(count: number, isMember: (unit: number) => boolean) {
  return (entry: { unit: number }, index: number, all: readonly { unit: number }[]) => {
    const members = all.filter((e) => isMember(e.unit));
    if (isMember(entry.unit)) return members.indexOf(entry) < count;
    const othersBefore = all.slice(0, index).filter((e) => !isMember(e.unit)).length;
    return othersBefore < count - Math.min(count, members.length);
  };
}

/**
 * The public form: one suggestion per unit, in the caller's version order
 * then text order; each unit's candidates version by version in the
 * caller's order. `ids` are the versions' ids in canonical order.
 */
export function describeSuggestions(
  callerIds: readonly string[],
  ids: readonly string[],
  units: readonly Unit[],
  lists: readonly UnitCandidate[][][],
): Suggestion[] {
  const canonicalOf = new Map(ids.map((id, version) => [id, version]));
  const order = callerIds.map((id) => canonicalOf.get(id)!);
  const span = (unit: Unit) => ({ version: ids[unit.version]!, start: unit.start, end: unit.end });
  return order.flatMap((version) =>
    units
      .filter((unit) => unit.version === version)
      .map((unit) => ({
        ...span(unit),
        candidates: order.flatMap((other) =>
          lists[unit.index]![other]!.map(({ unit: c, score, band }) => ({
            ...span(units[c]!),
            score,
            band,
          })),
        ),
      })),
  );
}
