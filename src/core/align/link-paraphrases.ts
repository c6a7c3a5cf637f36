/**
 * The paraphrase layer: which units in different versions state the same
 * thing. A pair model alone cannot decide this for rewrites, which share
 * far fewer words than even MRPC's negative pairs; so a pair's similarity
 * is judged against each unit's baseline (how similar it is to a typical
 * unit of the other versions: a z-score), and two units link when each is
 * the other's best match in the other's version, stand out clearly, and
 * reach an absolute floor that keeps unrelated texts on one subject apart.
 *
 * Cost: for each pair of versions, a cheap centroid comparison of every
 * unit pair picks each unit's few best candidates; only those get the
 * word-by-word soft alignment.
 */
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { symmetricAlignment } from "./pair-features.ts";
import type { Unit } from "./prepare-units.ts";
import { profileSentence, type SentenceProfile } from "./sentence-profile.ts";
import { backgroundWeigher, storyWeigher } from "./word-weights.ts";

/** A paraphrase link between two units of different versions. */
export type Link = {
  a: number;
  b: number;
  /** Story-relative strength: how far the pair's similarity stands above both units' baselines, in standard deviations. */
  z: number;
  /** Soft word alignment of the pair, in [0, 1]. */
  similarity: number;
};

export type LinkOptions = {
  /** A mutual best match links only when it stands this many standard deviations above both units' baselines… */
  minZ: number;
  /** …and when its soft word alignment reaches this, so unrelated texts on one subject stay apart. */
  minSimilarity: number;
};

export const DEFAULT_LINK_OPTIONS: LinkOptions = { minZ: 3, minSimilarity: 0.35 };

/** Default bar for groups to join (mean z between their members); see group-units.ts. */
export const DEFAULT_MIN_COHESION = 1.5;

/** Candidates per unit and version pair that get the full soft alignment (fewer in large stories). */
const CANDIDATES = 5;
const CANDIDATES_LARGE = 2;
/**
 * A story with more versions than this is "large": fewer candidates,
 * neighbours and baseline samples per unit. With dozens of versions a claim
 * has many tellers, so groups still form through the neighbours' links, and
 * the engine stays within seconds at 200 versions (docs/performance.md).
 */
const LARGE_STORY = 50;
/**
 * Each version is compared in full with at most this many others, its most
 * similar ones; links to the rest follow through groups (if A~B and B~C, the
 * claim is told by A, B and C). Stories with fewer versions compare every pair.
 */
const COMPARED_NEIGHBOURS = 8;
const COMPARED_NEIGHBOURS_LARGE = 4;
/** Units of other versions sampled for a unit's baseline. */
const BASELINE_SAMPLE = 32;
const BASELINE_SAMPLE_LARGE = 12;

/** Finds paraphrase links across all versions. Units must be in canonical version order. */
export function linkParaphrases(
  units: readonly Unit[],
  versionCount: number,
  vectors: WordVectors | null,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
  /** Called with the share of version pairs compared so far, in (0, 1]. */
  onProgress?: (fraction: number) => void,
): { links: Link[]; pairZ: PairZ } {
  const table = new WordTable(vectors);
  const profiles = profileUnits(units, table);
  table.freeze();
  const similarity = softSimilarity(profiles, table);
  const baselines = unitBaselines(
    units,
    similarity,
    versionCount > LARGE_STORY ? BASELINE_SAMPLE_LARGE : BASELINE_SAMPLE,
  );
  const byVersion = Array.from({ length: versionCount }, () => [] as Unit[]);
  for (const unit of units) byVersion[unit.version]!.push(unit);
  const links: Link[] = [];
  const pairs = versionPairsToCompare(byVersion, profiles);
  const step = Math.max(1, Math.floor(pairs.length / 50));
  pairs.forEach(([x, y], i) => {
    const candidates = versionCount > LARGE_STORY ? CANDIDATES_LARGE : CANDIDATES;
    const pair = {
      xs: byVersion[x]!,
      ys: byVersion[y]!,
      profiles,
      similarity,
      baselines,
      candidates,
    };
    links.push(...linkVersionPair(pair, options));
    if (onProgress && ((i + 1) % step === 0 || i + 1 === pairs.length))
      onProgress((i + 1) / pairs.length);
  });
  const pairZ: PairZ = (a, b) => {
    const value = similarity(a, b);
    return (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
  };
  return { links, pairZ };
}

/** How far two units' similarity stands above both their baselines (the z of a would-be link). */
export type PairZ = (a: number, b: number) => number;

/**
 * Pairs of versions to compare, x < y, in order: all of them for small
 * stories, else each version with its COMPARED_NEIGHBOURS most similar
 * (by the cosine of the versions' mean unit centroids).
 */
export function versionPairsToCompare(
  byVersion: readonly (readonly Unit[])[],
  profiles: readonly SentenceProfile[],
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
    const norm = Math.hypot(...sum) || 1;
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

/** Story-weighted profiles: a word common across this story's units links less. */
export function profileUnits(units: readonly Unit[], table: WordTable): SentenceProfile[] {
  const documentFrequency = new Map<string, number>();
  for (const unit of units) {
    const stems = new Set(unit.tokens.filter((token) => !token.stop).map((token) => token.stem));
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const weigh = storyWeigher(backgroundWeigher(table.vectors), documentFrequency, units.length);
  return units.map((unit) => profileSentence(unit.tokens, table, weigh));
}

type Similarity = (a: number, b: number) => number;

// Symmetric soft alignment of two units. Not cached: each version pair
// scores its own candidates once, and a cache of millions of pairs costs
// more than it saves.
function softSimilarity(profiles: readonly SentenceProfile[], table: WordTable): Similarity {
  return (a, b) => symmetricAlignment(profiles[a]!, profiles[b]!, table);
}

type Baseline = { mean: number; deviation: number };

// How similar each unit is to a typical unit of the other versions: a
// fixed, evenly spread sample, so the result does not depend on chance.
function unitBaselines(
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

type VersionPair = {
  /** How many best candidates of each unit get the soft alignment. */
  candidates: number;
  xs: readonly Unit[];
  ys: readonly Unit[];
  profiles: readonly SentenceProfile[];
  similarity: Similarity;
  baselines: readonly Baseline[];
};

function linkVersionPair(
  { xs, ys, profiles, similarity, baselines, candidates: perUnit }: VersionPair,
  options: LinkOptions,
): Link[] {
  if (xs.length === 0 || ys.length === 0) return [];
  // Cheap scores for every pair; headings only compare with headings.
  const columns = ys.length;
  const cheap = new Float64Array(xs.length * columns);
  const ysCentroids = ys.map((v) => profiles[v.index]!.centroid);
  for (let i = 0; i < xs.length; i += 1) {
    const u = xs[i]!;
    const centroid = profiles[u.index]!.centroid;
    for (let j = 0; j < columns; j += 1) {
      cheap[i * columns + j] =
        u.heading === ys[j]!.heading ? dot(centroid, ysCentroids[j]!) : Number.NaN;
    }
  }
  // Candidate pairs are marked in a matrix (visited in index order, so the
  // outcome never depends on insertion order) and scored once each.
  const candidate = new Uint8Array(xs.length * columns);
  const column = new Float64Array(xs.length);
  for (let i = 0; i < xs.length; i += 1) {
    for (const j of topIndexes(cheap.subarray(i * columns, (i + 1) * columns), perUnit))
      candidate[i * columns + j] = 1;
  }
  for (let j = 0; j < columns; j += 1) {
    for (let i = 0; i < xs.length; i += 1) column[i] = cheap[i * columns + j]!;
    for (const i of topIndexes(column, perUnit)) candidate[i * columns + j] = 1;
  }
  // Best candidate of each unit, by soft alignment.
  const bestOfX = new Int32Array(xs.length).fill(-1);
  const bestOfY = new Int32Array(ys.length).fill(-1);
  const score = new Float64Array(xs.length * columns);
  for (let key = 0; key < candidate.length; key += 1) {
    if (candidate[key] === 0) continue;
    const i = Math.floor(key / columns);
    const j = key - i * columns;
    const value = similarity(xs[i]!.index, ys[j]!.index);
    score[key] = value;
    if (bestOfX[i]! < 0 || value > score[i * columns + bestOfX[i]!]!) bestOfX[i] = j;
    if (bestOfY[j]! < 0 || value > score[bestOfY[j]! * columns + j]!) bestOfY[j] = i;
  }
  const links: Link[] = [];
  bestOfX.forEach((j, i) => {
    if (j < 0 || bestOfY[j] !== i) return;
    const a = xs[i]!.index;
    const b = ys[j]!.index;
    const value = score[i * columns + j]!;
    const z = (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
    if (z >= options.minZ && value >= options.minSimilarity)
      links.push({ a, b, z, similarity: value });
  });
  return links;
}

function standardise(value: number, { mean, deviation }: Baseline): number {
  return (value - mean) / deviation;
}

// Indexes of the k largest values (NaN skipped), ties broken by position:
// a partial insertion sort, since k is small.
function topIndexes(values: ArrayLike<number>, k: number): number[] {
  const top: number[] = [];
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (Number.isNaN(value)) continue;
    if (top.length === k && value <= values[top[k - 1]!]!) continue;
    let at = top.length < k ? top.length : k - 1;
    top[at] = index;
    while (at > 0 && values[top[at - 1]!]! < value) {
      top[at] = top[at - 1]!;
      top[at - 1] = index;
      at -= 1;
    }
  }
  return top;
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d += 1) sum += a[d]! * b[d]!;
  return sum;
}
