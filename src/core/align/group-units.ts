/**
 * Groups linked units into claims told by several versions. Links join
 * groups strongest first; a join that would put more than
 * MAX_UNITS_PER_VERSION units of one version in a group is refused, so a
 * chain of loose links cannot snowball into one group holding everything.
 * The reader's corrections (group-constraints.ts) come first: their links
 * are joined before the engine's, and no join may bridge their unlinks.
 */
import { breaksUnlink, type GroupConstraints } from "./group-constraints.ts";
import type { Link, PairZ } from "./link-paraphrases.ts";
import type { Unit } from "./prepare-units.ts";

/** A version may state one claim more than once (a lede, a recap, a closing line), but not everywhere. */
export const MAX_UNITS_PER_VERSION = 3;

export type UnitGroup = {
  /** Unit indexes, ascending. */
  units: number[];
  /** Links that formed the group. */
  links: Link[];
};

/** Members compared per group when checking cohesion (large groups are sampled evenly). */
const COHESION_SAMPLE = 6;

/**
 * Joins linked units into groups; units without links are left out.
 * Deterministic. With `pairZ`, two groups join only if their members, across
 * versions, stand on average at least `minCohesion` above their baselines:
 * a link between the edge members of two claims
 * does not make them one claim (A~B and B~C, but A is not C).
 * With `constraints`, the reader's links are joined first, unconditionally,
 * and every join that would bridge a reader's unlink is refused.
 */
export function groupUnits(
  units: readonly Unit[],
  links: readonly Link[],
  pairZ?: PairZ,
  minCohesion = 0,
  constraints?: GroupConstraints,
): UnitGroup[] {
  const ordered = [...links].sort((p, q) => q.z - p.z || p.a - q.a || p.b - q.b);
  const groupOf = new Map<number, UnitGroup>();
  // The reader's links first (resolveCorrections made sure they bridge no unlink).
  for (const join of constraints?.joins ?? []) joinForced(groupOf, join.units, join.link);
  for (const link of ordered) {
    const left = groupOf.get(link.a);
    const right = groupOf.get(link.b);
    if (left && left === right) {
      left.links.push(link);
      continue;
    }
    const [leftUnits, rightUnits] = [left?.units ?? [link.a], right?.units ?? [link.b]];
    const members = [...leftUnits, ...rightUnits];
    if (!fitsVersions(units, leftUnits, rightUnits)) continue;
    if (constraints && breaksUnlink(constraints, members)) continue;
    if (pairZ && left && right && cohesion(units, left.units, right.units, pairZ) < minCohesion)
      continue;
    if (pairZ && left && !right && cohesion(units, left.units, [link.b], pairZ) < minCohesion)
      continue;
    if (pairZ && !left && right && cohesion(units, [link.a], right.units, pairZ) < minCohesion)
      continue;
    const merged: UnitGroup = {
      units: members.sort((p, q) => p - q),
      links: [...(left?.links ?? []), ...(right?.links ?? []), link],
    };
    for (const unit of merged.units) groupOf.set(unit, merged);
  }
  return [...new Set(groupOf.values())].sort((p, q) => p.units[0]! - q.units[0]!);
}

// A reader's link: the groups of all its units become one, whatever the cap or cohesion.
function joinForced(groupOf: Map<number, UnitGroup>, members: readonly number[], link: Link) {
  const joined = new Set<UnitGroup>();
  const all = new Set<number>();
  for (const unit of members) {
    const group = groupOf.get(unit);
    if (group && !joined.has(group)) {
      joined.add(group);
      for (const member of group.units) all.add(member);
    }
    all.add(unit);
  }
  const merged: UnitGroup = {
    units: [...all].sort((p, q) => p - q),
    links: [...[...joined].flatMap((group) => group.links), link],
  };
  for (const unit of merged.units) groupOf.set(unit, merged);
}

// Mean z over pairs of members from different versions (evenly sampled).
function cohesion(
  units: readonly Unit[],
  left: readonly number[],
  right: readonly number[],
  pairZ: PairZ,
): number {
  let total = 0;
  let count = 0;
  for (const a of sample(left)) {
    for (const b of sample(right)) {
      if (units[a]!.version === units[b]!.version) continue;
      total += pairZ(a, b);
      count += 1;
    }
  }
  return count === 0 ? Number.POSITIVE_INFINITY : total / count;
}

function sample(members: readonly number[]): readonly number[] {
  if (members.length <= COHESION_SAMPLE) return members;
  const step = members.length / COHESION_SAMPLE;
  return Array.from({ length: COHESION_SAMPLE }, (_, i) => members[Math.floor(i * step)]!);
}

// At most MAX_UNITS_PER_VERSION units of a version, or as many as one side
// already holds: a reader's join may hold more, but nothing adds to them.
function fitsVersions(
  units: readonly Unit[],
  left: readonly number[],
  right: readonly number[],
): boolean {
  const counts = new Map<number, [number, number]>();
  [left, right].forEach((members, side) => {
    for (const member of members) {
      const version = units[member]!.version;
      const count = counts.get(version) ?? [0, 0];
      count[side]! += 1;
      counts.set(version, count);
    }
  });
  for (const [inLeft, inRight] of counts.values())
    if (inLeft + inRight > Math.max(MAX_UNITS_PER_VERSION, inLeft, inRight)) return false;
  return true;
}
