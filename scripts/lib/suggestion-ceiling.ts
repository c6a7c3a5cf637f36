/**
 * The most gold links that three suggestions per unit and version could
 * ever show, whatever the ranking: from sentence s's side, the units
 * overlapping s offer 3 places each in version Y, so s's gold counterparts
 * in Y beyond that many cannot all be within three from s's side, and must
 * be found from the other side or not at all. Each link is given to one of
 * its two sides within those places: a maximum flow, found by augmenting
 * paths (the gold has a few hundred links).
 */
import type { Unit } from "../../src/core/align/prepare-units.ts";
import type { Gold, GoldSentence } from "./gold.ts";

/** Gold links that some ranking could put within `places` from at least one side. */
export function withinPlacesCeiling(gold: Gold, units: readonly Unit[], places: number): number {
  const ids = gold.versions.map((v) => v.id);
  const unitsOf = (s: GoldSentence) =>
    units.filter((u) => ids[u.version] === s.version && u.start < s.end && u.end > s.start).length;
  // A side: sentence s looking into version Y, with places × its units slots.
  const sideKey = (s: GoldSentence, version: string) => `${s.version}:${s.start}→${version}`;
  const capacity = new Map<string, number>();
  const sidesOf = gold.links.map(([s, t]) => {
    const sides = [
      [sideKey(s, t.version), unitsOf(s)],
      [sideKey(t, s.version), unitsOf(t)],
    ] as const;
    for (const [key, count] of sides) capacity.set(key, places * count);
    return sides.map(([key]) => key);
  });
  const holders = new Map<string, number[]>(); // side → links assigned to it
  const assigned = new Map<number, string>();
  // Kuhn's augmenting paths, with each side holding up to its capacity.
  const tryAssign = (link: number, seen: Set<string>): boolean => {
    for (const side of sidesOf[link]!) {
      if (seen.has(side)) continue;
      seen.add(side);
      const held = holders.get(side) ?? [];
      if (held.length < capacity.get(side)!) {
        holders.set(side, [...held, link]);
        assigned.set(link, side);
        return true;
      }
      for (const other of held) {
        if (tryAssign(other, seen)) {
          holders.set(side, [...holders.get(side)!.filter((l) => l !== other), link]);
          assigned.set(link, side);
          return true;
        }
      }
    }
    return false;
  };
  gold.links.forEach((_, link) => tryAssign(link, new Set()));
  return assigned.size;
}
