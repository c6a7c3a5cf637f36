/**
 * More candidates for suggestions, found through a third version: if unit a
 * of version X best matches unit c of W, then c's best match b in Y is a
 * candidate for a in Y, whether or not the centroids picked it. The
 * centroid shortlist misses about one gold counterpart in seven on the
 * bundled story; this finds most of them, only between versions the
 * paraphrase layer compared.
 *
 * Cost: each unit's best matches live in flat typed arrays (a unit × version
 * table of JS objects took most of a gigabyte at 200 versions), and each
 * unit and version follows at most two chains: following every one
 * measured more pairs than the engine itself does with dozens of versions.
 */
import type { MeasurePair, ScoredPair } from "./link-paraphrases.ts";
import type { Unit } from "./prepare-units.ts";

/** Scored pairs of units, keyed a·n + b with a < b (n: the number of units). */
export type PairTable = Map<number, ScoredPair>;

/**
 * Each unit's best match (by z, ties to the lower index) per version:
 * `unit[u · versionCount + v]` (−1 when u has no candidate in v), its z,
 * and the versions each unit has candidates in.
 */
export type BestMatches = {
  versionCount: number;
  unit: Int32Array;
  z: Float64Array;
  versionsOf: number[][];
};

/**
 * Adds the pairs found through a third version to `table` (measured with
 * `measure`) and returns each unit's best matches over the table as it then
 * stands.
 */
export function expandThroughThirdVersions(
  units: readonly Unit[],
  versionCount: number,
  table: PairTable,
  measure: MeasurePair,
): BestMatches {
  const n = units.length;
  const best = bestMatches(units, versionCount, table.values());
  const added: PairTable = new Map();
  const pick = [-1, -1];
  const strength = [0, 0];
  units.forEach((_, a) => {
    for (const y of best.versionsOf[a]!) {
      // The two strongest chains a → c (in w) → b (in y), each by its weaker
      // link: with a handful of versions nearly every chain, and two keep the
      // gold figures of following all (docs/quality.md section 5). A link
      // below the units' baselines (z < 0) is no evidence.
      pick.fill(-1);
      for (const w of best.versionsOf[a]!) {
        const first = best.z[a * versionCount + w]!;
        if (w === y || first < 0) continue;
        const c = best.unit[a * versionCount + w]!;
        const b = best.unit[c * versionCount + y]!;
        let chain = Math.min(first, best.z[c * versionCount + y]!);
        if (b < 0 || chain < 0) continue;
        // A unit reached twice counts once, at its strongest chain.
        if (b === pick[1]) [chain, pick[1]] = [Math.max(chain, strength[1]!), -1];
        if (b === pick[0]) strength[0] = Math.max(chain, strength[0]!);
        else if (beats(b, chain, pick[0]!, strength[0]!)) {
          [pick[1], strength[1]] = [pick[0]!, strength[0]!];
          [pick[0], strength[0]] = [b, chain];
        } else if (beats(b, chain, pick[1]!, strength[1]!)) [pick[1], strength[1]] = [b, chain];
      }
      for (const b of pick) {
        if (b < 0) continue;
        const key = Math.min(a, b) * n + Math.max(a, b);
        if (!table.has(key) && !added.has(key)) added.set(key, measure(a, b));
      }
    }
  });
  for (const [key, pair] of added) table.set(key, pair);
  return bestMatches(units, versionCount, added.values(), best);
}

/** Each unit's best match in each version it has a pair with (updating `best` when given). */
function bestMatches(
  units: readonly Unit[],
  versionCount: number,
  pairs: Iterable<ScoredPair>,
  best: BestMatches = {
    versionCount,
    unit: new Int32Array(units.length * versionCount).fill(-1),
    z: new Float64Array(units.length * versionCount),
    versionsOf: units.map(() => []),
  },
): BestMatches {
  const offer = (from: number, to: number, z: number) => {
    const slot = from * versionCount + units[to]!.version;
    const current = best.unit[slot]!;
    if (current < 0) best.versionsOf[from]!.push(units[to]!.version);
    if (current < 0 || z > best.z[slot]! || (z === best.z[slot] && to < current)) {
      best.unit[slot] = to;
      best.z[slot] = z;
    }
  };
  for (const { a, b, z } of pairs) {
    offer(a, b, z);
    offer(b, a, z);
  }
  return best;
}

// Whether a chain to unit b of this strength goes before the one kept (none: −1).
function beats(b: number, chain: number, kept: number, keptStrength: number): boolean {
  return kept < 0 || chain > keptStrength || (chain === keptStrength && b < kept);
}
