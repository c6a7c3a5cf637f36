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
   * Units the reader linked, with their word-for-word copies: each list is
   * joined into one group, in order, before the engine's links, whatever
   * their z or cohesion. A join may exceed MAX_UNITS_PER_VERSION (the cap
   * guards against chains of loose links, not against the reader's word);
   * the engine's links may still bring other versions into that group, but
   * no more units of a version already past the cap.
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

/** The units of each correction's two sides (or why it cannot apply), and the unlinks among them. */
export type MappedCorrections = {
  sides: ({ a: number[]; b: number[] } | string)[];
  apart: GroupConstraints["apart"];
};

/**
 * First step: each correction's spans → units (`ids`: version ids in
 * canonical order, which unit.version indexes). Every valid unlink applies.
 */
export function mapCorrections(
  units: readonly Unit[],
  ids: readonly string[],
  corrections: readonly Correction[],
): MappedCorrections {
  const sides = corrections.map((correction) => spansToUnits(units, ids, correction));
  const apart: GroupConstraints["apart"] = [];
  sides.forEach((side, i) => {
    const { kind, id } = corrections[i]!;
    if (typeof side !== "string" && kind === "unlink") apart.push({ ...side, id });
  });
  return { sides, apart };
}

/**
 * Second step: the links, in order, and what became of every correction. A
 * link joins its units and their word-for-word copies (`copiesOf`, see
 * verbatim-constraints.ts), so that a copy's verbatim sharing cannot hide
 * it; a link whose join (with the links before it) would put two unlinked
 * units in one group is ignored: of a link and an unlink on one pair, the
 * unlink wins.
 */
export function resolveCorrections(
  corrections: readonly Correction[],
  { sides, apart }: MappedCorrections,
  unitCount: number,
  copiesOf: ReadonlyMap<number, readonly number[]> = new Map(),
): { constraints: GroupConstraints; outcomes: CorrectionOutcome[] } {
  const constraints: GroupConstraints = { joins: [], apart };
  const reasons = sides.map((side) => (typeof side === "string" ? side : null));
  const sets = new UnionFind(unitCount);
  // The unlink a join of these members (with the joins before) would bridge.
  const bridged = (members: readonly number[]) => {
    const roots = new Set(members.map((unit) => sets.find(unit)));
    return apart.find(
      ({ a, b }) =>
        a.some((unit) => roots.has(sets.find(unit))) &&
        b.some((unit) => roots.has(sets.find(unit))),
    );
  };
  sides.forEach((side, i) => {
    if (typeof side === "string" || corrections[i]!.kind !== "link") return;
    const linked = [...side.a, ...side.b];
    const members = [
      ...new Set([...linked, ...linked.flatMap((unit) => copiesOf.get(unit) ?? [])]),
    ];
    const blocking = bridged(linked) ?? bridged(members);
    if (blocking) {
      reasons[i] = bridged(linked)
        ? unlinkReason(blocking, side)
        : `a word-for-word copy of its passages is unlinked (${blocking.id})`;
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
