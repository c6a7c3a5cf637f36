/**
 * Each unit's baseline: how similar it is to a typical unit of the other
 * versions. The paraphrase layer judges a pair against both units'
 * baselines (a z-score), since rewrites share too few words for any fixed
 * similarity bar to separate the same claim from the same subject.
 */
import type { Unit } from "./prepare-units.ts";

/** Similarity of two units, by index. */
export type Similarity = (a: number, b: number) => number;

export type Baseline = { mean: number; deviation: number };

// How similar each unit is to a typical unit of the other versions: a
// fixed, evenly spread sample, so the result does not depend on chance.
export function unitBaselines(
  units: readonly Unit[],
  similarity: Similarity,
  sampleSize: number,
): Baseline[] {
  const bodies = units.filter((unit) => !unit.heading);
  const headings = units.filter((unit) => unit.heading);
  const blocks = new Map([bodies, headings].map((pool) => [pool, versionBlocks(pool)]));
  return units.map((unit) => {
    const pool = unit.heading ? headings : bodies;
    // Units come version by version, so a version's own units are one block
    // of the pool; "the others" are the pool around it, without copying it.
    const own = blocks.get(pool)!.get(unit.version) ?? { start: 0, end: 0 };
    const count = pool.length - (own.end - own.start);
    const other = (k: number) => pool[k < own.start ? k : k + own.end - own.start]!;
    const step = Math.max(1, count / sampleSize);
    const values: number[] = [];
    for (let i = 0; i < count && values.length < sampleSize; i += step) {
      values.push(similarity(unit.index, other(Math.floor(i)).index));
    }
    if (values.length < 2) return { mean: 0, deviation: 1 };
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    return { mean, deviation: Math.max(Math.sqrt(variance), 0.02) };
  });
}

// Where each version's units sit in a pool ordered version by version.
function versionBlocks(pool: readonly Unit[]): Map<number, { start: number; end: number }> {
  const blocks = new Map<number, { start: number; end: number }>();
  pool.forEach((unit, position) => {
    const block = blocks.get(unit.version);
    if (block) block.end = position + 1;
    else blocks.set(unit.version, { start: position, end: position + 1 });
  });
  return blocks;
}

/** How many standard deviations `value` stands above a baseline. */
export function standardise(value: number, { mean, deviation }: Baseline): number {
  return (value - mean) / deviation;
}
