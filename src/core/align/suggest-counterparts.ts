/**
 * Suggestions: for every unit, its closest units in each other version, so a
 * reader can see what the engine weighed even where it drew no link. Built
 * only from what the paraphrase layer already scored (each unit's centroid
 * candidates, with their soft alignment) plus the unit's group members, so
 * asking for them adds no word-by-word comparison beyond a group's members.
 * Candidates are ranked by `rankScore` (see rank-features.ts), which is
 * symmetric: a pair scores the same seen from either unit.
 */
import type { MeasurePair, ScoredPair } from "./link-paraphrases.ts";
import type { UnitGroup } from "./group-units.ts";
import type { Unit } from "./prepare-units.ts";
import { rankPairs } from "./rank-features.ts";
import type { Candidate, StrengthBand, Suggestion } from "./types.ts";

/** A suggested counterpart, by unit index (canonical order). */
export type UnitCandidate = { unit: number; score: number; band: StrengthBand };

export type SuggestInput = {
  units: readonly Unit[];
  versionCount: number;
  /** Candidate pairs the paraphrase layer scored (linkParaphrases with keepCandidates). */
  scored: readonly ScoredPair[];
  /** Measures pairs the paraphrase layer did not score (group members, third-version finds). */
  measurePair: MeasurePair;
  groups: readonly UnitGroup[];
  /** Candidates kept per unit and other version. */
  perVersion: number;
};

/** A unit's candidates by version (canonical index), best first; versions without any are absent. */
export type UnitCandidates = Map<number, UnitCandidate[]>;

/**
 * For each unit (by index), its best `perVersion` candidates in each other
 * version it has any in, best first. Deterministic: ties go to the lower
 * unit index. Sparse on purpose: a unit has candidates in the few versions
 * compared with its own, and units × versions lists cost most of a
 * gigabyte at 200 versions.
 */
export function suggestCounterparts(input: SuggestInput): UnitCandidates[] {
  const { units, perVersion, groups } = input;
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.units.forEach((unit) => groupOf.set(unit, g)));
  const together = (a: number, b: number) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
  const lists = units.map(() => new Map<number, UnitCandidate[]>());
  const add = (from: number, to: number, score: number) => {
    const version = units[to]!.version;
    const list = lists[from]!.get(version);
    const entry = { unit: to, score, band: bandOf(score) };
    if (list) list.push(entry);
    else lists[from]!.set(version, [entry]);
  };
  for (const { a, b, score } of rankPairs(input)) {
    add(a, b, score);
    add(b, a, score);
  }
  lists.forEach((byVersion, unit) => {
    for (const [version, list] of byVersion) {
      list.sort((p, q) => q.score - p.score || p.unit - q.unit);
      if (list.length > perVersion)
        byVersion.set(
          version,
          keepGroupMembers(list, perVersion, (other) => together(unit, other)),
        );
    }
  });
  return lists;
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
function keepGroupMembers<T extends { unit: number }>(
  list: T[],
  count: number,
  isMember: (unit: number) => boolean,
): T[] {
  const members = list.filter((entry) => isMember(entry.unit)).slice(0, count);
  const others = list.filter((entry) => !isMember(entry.unit)).slice(0, count - members.length);
  const kept = new Set([...members, ...others]);
  return list.filter((entry) => kept.has(entry));
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
  lists: readonly UnitCandidates[],
): Suggestion[] {
  const canonicalOf = new Map(ids.map((id, version) => [id, version]));
  const order = callerIds.map((id) => canonicalOf.get(id)!);
  const rankOf = new Map(order.map((version, rank) => [version, rank]));
  const spanOf = (unit: Unit) => ({
    version: ids[unit.version]!,
    start: unit.start,
    end: unit.end,
  });
  const byVersion = ids.map(() => [] as Unit[]);
  for (const unit of units) byVersion[unit.version]!.push(unit);
  // Only the versions a unit has candidates in, not every version per unit.
  const inOrder = (unit: Unit) =>
    [...lists[unit.index]!].sort(([x], [y]) => rankOf.get(x)! - rankOf.get(y)!);
  return order.flatMap((version) =>
    byVersion[version]!.map((unit) => {
      const candidates: Candidate[] = [];
      for (const [other, list] of inOrder(unit))
        for (const { unit: c, score, band } of list) {
          const { start, end } = units[c]!;
          candidates.push({ version: ids[other]!, start, end, score, band });
        }
      return { ...spanOf(unit), candidates };
    }),
  );
}
