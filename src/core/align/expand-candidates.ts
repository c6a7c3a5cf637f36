/**
 * More candidates for suggestions, found through a third version: if unit a
 * of version X best matches unit c of W, then c's best match b in Y is a
 * candidate for a in Y, whether or not the centroids picked it. The
 * centroid shortlist misses about one gold counterpart in seven on the
 * bundled story; this finds most of them, at one soft alignment per unit
 * and pair of other versions, and only between versions the paraphrase
 * layer compared.
 */
import type { SuggestInput } from "./suggest-counterparts.ts";

/** z of pairs of units, keyed a·n + b with a < b (n: the number of units). */
export type PairTable = Map<number, number>;

/**
 * Adds the pairs found through a third version to `table` (scored with
 * pairZ) and returns each unit's best match in a version, by z, over the
 * table as it then stands (ties to the lower unit index).
 */
export function expandThroughThirdVersions(
  { units, versionCount, pairZ }: SuggestInput,
  table: PairTable,
): (unit: number, version: number) => number | undefined {
  const n = units.length;
  const slot = (unit: number, version: number) => unit * versionCount + version;
  const bestIn = (pairs: PairTable) => {
    const best = new Map<number, { unit: number; z: number }>();
    const offer = (from: number, to: number, z: number) => {
      const key = slot(from, units[to]!.version);
      const current = best.get(key);
      if (!current || z > current.z || (z === current.z && to < current.unit))
        best.set(key, { unit: to, z });
    };
    for (const key of [...pairs.keys()].sort((p, q) => p - q)) {
      const z = pairs.get(key)!;
      offer(Math.floor(key / n), key % n, z);
      offer(key % n, Math.floor(key / n), z);
    }
    return best;
  };
  const before = bestIn(table);
  const added: PairTable = new Map();
  for (const unit of units) {
    for (let w = 0; w < versionCount; w += 1) {
      const c = before.get(slot(unit.index, w))?.unit;
      if (c === undefined) continue;
      for (let y = 0; y < versionCount; y += 1) {
        // Only versions compared with the unit's own (it has candidates there).
        if (y === w || y === unit.version || !before.has(slot(unit.index, y))) continue;
        const b = before.get(slot(c, y))?.unit;
        if (b === undefined) continue;
        const key = Math.min(unit.index, b) * n + Math.max(unit.index, b);
        if (!table.has(key) && !added.has(key)) added.set(key, pairZ(unit.index, b));
      }
    }
  }
  for (const [key, z] of added) table.set(key, z);
  const after = bestIn(table);
  return (unit, version) => after.get(slot(unit, version))?.unit;
}
