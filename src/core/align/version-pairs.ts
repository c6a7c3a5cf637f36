/**
 * Which pairs of versions the paraphrase layer compares in full: all of them
 * in small stories, each version with its nearest few in large ones.
 */
import { dot, topIndexes } from "./vector-math.ts";
import type { Unit } from "./prepare-units.ts";
import type { WordProfile } from "./pair-features.ts";

/**
 * A story with more versions than this is "large": fewer candidates,
 * neighbours and baseline samples per unit. With dozens of versions a claim
 * has many tellers, so groups still form through the neighbours' links, and
 * the engine stays within seconds at 200 versions (docs/performance.md).
 */
export const LARGE_STORY = 50;
/**
 * Each version is compared in full with at most this many others, its most
 * similar ones; links to the rest follow through groups (if A~B and B~C, the
 * claim is told by A, B and C). Stories with fewer versions compare every pair.
 */
const COMPARED_NEIGHBOURS = 8;
const COMPARED_NEIGHBOURS_LARGE = 4;

/**
 * Pairs of versions to compare, x < y, in order: all of them for small
 * stories, else each version with its COMPARED_NEIGHBOURS most similar
 * (by the cosine of the versions' mean unit centroids).
 */
export function versionPairsToCompare(
  byVersion: readonly (readonly Unit[])[],
  profiles: readonly WordProfile[],
): [number, number][] {
  const count = byVersion.length;
  const pairs: [number, number][] = [];
  const neighbours = count > LARGE_STORY ? COMPARED_NEIGHBOURS_LARGE : COMPARED_NEIGHBOURS;
  if (count <= neighbours + 1) {
    for (let x = 0; x < count; x += 1) for (let y = x + 1; y < count; y += 1) pairs.push([x, y]);
    return pairs;
  }
  const centroids = byVersion.map((units) => {
    const sum = new Float64Array(profiles[0]?.centroid.length ?? 0);
    for (const unit of units) {
      const centroid = profiles[unit.index]!.centroid;
      for (let d = 0; d < sum.length; d += 1) sum[d]! += centroid[d]!;
    }
    const norm = Math.sqrt(dot(sum, sum)) || 1;
    return Float32Array.from(sum, (value) => value / norm);
  });
  const chosen = new Set<number>();
  centroids.forEach((centroid, x) => {
    const scores = centroids.map((other, y) => (y === x ? Number.NaN : dot(centroid, other)));
    for (const y of topIndexes(scores, neighbours))
      chosen.add(Math.min(x, y) * count + Math.max(x, y));
  });
  return [...chosen].sort((p, q) => p - q).map((key) => [Math.floor(key / count), key % count]);
}
