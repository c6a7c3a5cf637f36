/**
 * The most gold links any grouping could find, given how the engine cuts
 * texts into units: each unit sits in one group (a passage has one group
 * id), so a sentence that states two of the gold's claims can serve both
 * only if its clauses are separate units. Found by local search from
 * seeded random starts (claims are few, so this is close to exact).
 */
import type { Unit } from "../../src/core/align/prepare-units.ts";
import { seededRandom } from "./generate-story.ts";
import type { Gold, GoldSentence } from "./gold.ts";

const STARTS = 30;

export function bestGroupingRecall(gold: Gold, units: readonly Unit[]): number {
  const ids = gold.versions.map((v) => v.id);
  const unitsOf = (s: GoldSentence) =>
    units
      .filter((u) => ids[u.version] === s.version && u.start < s.end && u.end > s.start)
      .map((u) => u.index);
  const links = gold.links.map(([a, b]) => [unitsOf(a), unitsOf(b)] as const);
  // For each unit, the claims it could be grouped under.
  const options = new Map<number, number[]>();
  gold.claims.forEach((claim, c) => {
    for (const member of claim.members)
      for (const unit of unitsOf(member)) {
        const list = options.get(unit) ?? [];
        if (!list.includes(c)) list.push(c);
        options.set(unit, list);
      }
  });
  const found = (claimOf: Map<number, number>) =>
    links.filter(([a, b]) =>
      a.some((x) => b.some((y) => claimOf.has(x) && claimOf.get(x) === claimOf.get(y))),
    ).length;
  const random = seededRandom(7);
  let best = 0;
  for (let start = 0; start < STARTS; start += 1) {
    const claimOf = new Map(
      [...options].map(([unit, list]) => [unit, list[Math.floor(random() * list.length)]!]),
    );
    let current = found(claimOf);
    for (let improved = true; improved;) {
      improved = false;
      for (const [unit, list] of options) {
        for (const claim of list) {
          const before = claimOf.get(unit)!;
          if (claim === before) continue;
          claimOf.set(unit, claim);
          const next = found(claimOf);
          if (next > current) [current, improved] = [next, true];
          else claimOf.set(unit, before);
        }
      }
    }
    best = Math.max(best, current);
  }
  return best;
}
