/**
 * Groups linked units into claims told by several versions. Links join
 * groups strongest first; a join that would put more than
 * MAX_UNITS_PER_VERSION units of one version in a group is refused, so a
 * chain of loose links cannot snowball into one group holding everything.
 */
import type { Link } from "./link-paraphrases.ts";
import type { Unit } from "./prepare-units.ts";

/** A version may state one claim more than once (a lede, a recap, a closing line), but not everywhere. */
export const MAX_UNITS_PER_VERSION = 3;

export type UnitGroup = {
  /** Unit indexes, ascending. */
  units: number[];
  /** Links that formed the group. */
  links: Link[];
};

/** Joins linked units into groups; units without links are left out. Deterministic. */
export function groupUnits(units: readonly Unit[], links: readonly Link[]): UnitGroup[] {
  const ordered = [...links].sort((p, q) => q.z - p.z || p.a - q.a || p.b - q.b);
  const groupOf = new Map<number, UnitGroup>();
  for (const link of ordered) {
    const left = groupOf.get(link.a);
    const right = groupOf.get(link.b);
    if (left && left === right) {
      left.links.push(link);
      continue;
    }
    const members = [...(left?.units ?? [link.a]), ...(right?.units ?? [link.b])];
    if (!fitsVersions(units, members)) continue;
    const merged: UnitGroup = {
      units: members.sort((p, q) => p - q),
      links: [...(left?.links ?? []), ...(right?.links ?? []), link],
    };
    for (const unit of merged.units) groupOf.set(unit, merged);
  }
  return [...new Set(groupOf.values())].sort((p, q) => p.units[0]! - q.units[0]!);
}

function fitsVersions(units: readonly Unit[], members: readonly number[]): boolean {
  const counts = new Map<number, number>();
  for (const member of members) {
    const version = units[member]!.version;
    const count = (counts.get(version) ?? 0) + 1;
    if (count > MAX_UNITS_PER_VERSION) return false;
    counts.set(version, count);
  }
  return true;
}
