/**
 * The reader's corrections as constraints on grouping, not paint over the
 * output: each span is mapped to the engine's units, a `link` becomes a
 * forced join (made before the engine's links), an `unlink` a pair of unit
 * sets that no group may bridge. Every correction gets an outcome; a
 * correction that cannot be applied is ignored with a reason, never thrown.
 */
import type { Link } from "./link-paraphrases.ts";
import type { Unit } from "./prepare-units.ts";
import type { Correction, CorrectionOutcome, TextSpan } from "./types.ts";
import { UnionFind } from "./union-find.ts";

/**
 * Strength given to a reader's link when scoring its group: the engine's own
 * linking bar (DEFAULT_LINK_OPTIONS.minZ), so a claim the reader tied shows
 * as a sure match (score 0.875) without outranking the engine's best.
 */
export const READER_LINK_Z = 3;

/** What the corrections ask of grouping, in unit indexes. */
export type GroupConstraints = {
  /**
   * Units the reader linked: each list is joined into one group, in order,
   * before the engine's links, whatever their z or cohesion. A join may
   * exceed MAX_UNITS_PER_VERSION (the cap guards against chains of loose
   * links, not against the reader's word); the engine's links cannot then
   * add to that version in the group.
   */
  joins: { units: number[]; link: Link }[];
  /** Units the reader unlinked: no group may hold a unit of `a` and a unit of `b`. */
  apart: { a: number[]; b: number[]; id: string }[];
};

/**
 * The units a span covers: every unit of its version the span covers at
 * least half of (by UTF-16 characters); when there is none, the one unit it
 * overlaps most (the first of equals), so a span on part of a long clause
 * still counts. Empty when the span overlaps no unit.
 */
export function unitsOfSpan(units: readonly Unit[], version: number, span: TextSpan): number[] {
  const covered: number[] = [];
  let best = -1;
  let bestOverlap = 0;
  for (const unit of units) {
    if (unit.version !== version) continue;
    const overlap = Math.min(span.end, unit.end) - Math.max(span.start, unit.start);
    if (!(overlap > 0)) continue;
    if (overlap * 2 >= unit.end - unit.start) covered.push(unit.index);
    if (overlap > bestOverlap) [best, bestOverlap] = [unit.index, overlap];
  }
  return covered.length > 0 || best < 0 ? covered : [best];
}

/**
 * Turns corrections into constraints and says what became of each, in the
 * order given. Every valid unlink applies. Links are then taken in order; a
 * link whose join (with the links before it) would put two unlinked units in
 * one group is ignored: of a link and an unlink on one pair, the unlink wins.
 * `ids` are the version ids in canonical order (unit.version indexes them).
 */
export function resolveCorrections(
  units: readonly Unit[],
  ids: readonly string[],
  corrections: readonly Correction[],
): { constraints: GroupConstraints; outcomes: CorrectionOutcome[] } {
  const sides = corrections.map((correction) => spansToUnits(units, ids, correction));
  const constraints: GroupConstraints = { joins: [], apart: [] };
  const reasons: (string | null)[] = sides.map((side) => (typeof side === "string" ? side : null));
  sides.forEach((side, i) => {
    const { kind, id } = corrections[i]!;
    if (typeof side !== "string" && kind === "unlink") constraints.apart.push({ ...side, id });
  });
  const sets = new UnionFind(units.length);
  sides.forEach((side, i) => {
    if (typeof side === "string" || corrections[i]!.kind !== "link") return;
    const members = [...side.a, ...side.b];
    const roots = new Set(members.map((unit) => sets.find(unit)));
    const blocking = constraints.apart.find(
      (apart) =>
        apart.a.some((unit) => roots.has(sets.find(unit))) &&
        apart.b.some((unit) => roots.has(sets.find(unit))),
    );
    if (blocking) {
      reasons[i] = unlinkReason(blocking, side);
      return;
    }
    for (const unit of members) sets.union(members[0]!, unit);
    // Not measured: `similarity` stands for the reader's word.
    constraints.joins.push({
      units: members,
      link: { a: side.a[0]!, b: side.b[0]!, z: READER_LINK_Z, similarity: 1 },
    });
  });
  const outcomes = corrections.map(({ id }, i): CorrectionOutcome => {
    const reason = reasons[i];
    return reason === null || reason === undefined
      ? { id, status: "applied" }
      : { id, status: "ignored", reason };
  });
  return { constraints, outcomes };
}

/**
 * Whether a group of these members would hold units the reader unlinked.
 * Cheap enough to ask of every join: only units named by an unlink are looked up.
 */
export function breaksUnlink(constraints: GroupConstraints, members: readonly number[]): boolean {
  if (constraints.apart.length === 0) return false;
  return constraints.apart.some(
    (apart) =>
      apart.a.some((unit) => members.includes(unit)) &&
      apart.b.some((unit) => members.includes(unit)),
  );
}

// The units of each side, or why the correction cannot apply.
function spansToUnits(
  units: readonly Unit[],
  ids: readonly string[],
  { a, b }: Correction,
): { a: number[]; b: number[] } | string {
  for (const span of [a, b])
    if (!ids.includes(span.version)) return `names no version “${span.version}” of this comparison`;
  if (a.version === b.version) return `both sides are in version “${a.version}”`;
  const result = {
    a: unitsOfSpan(units, ids.indexOf(a.version), a),
    b: unitsOfSpan(units, ids.indexOf(b.version), b),
  };
  for (const [span, covered] of [
    [a, result.a],
    [b, result.b],
  ] as const)
    if (covered.length === 0)
      return `its span ${span.start}–${span.end} in “${span.version}” covers no sentence the engine compares`;
  return result;
}

// Why a link gave way: the same pair was also unlinked, or an unlink forbids the join it makes.
function unlinkReason(
  apart: GroupConstraints["apart"][number],
  side: { a: readonly number[]; b: readonly number[] },
): string {
  const samePair =
    (sameUnits(apart.a, side.a) && sameUnits(apart.b, side.b)) ||
    (sameUnits(apart.a, side.b) && sameUnits(apart.b, side.a));
  return samePair
    ? `the same passages are also unlinked (${apart.id}); the unlink wins`
    : `it would put passages the reader unlinked (${apart.id}) in one group`;
}

function sameUnits(p: readonly number[], q: readonly number[]): boolean {
  return p.length === q.length && p.every((unit, i) => unit === q[i]);
}
