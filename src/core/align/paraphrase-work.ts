/**
 * The paraphrase layer's heavy work, split so it can run in parts: each
 * unit's baseline (by ranges of units) and the scoring of version pairs (by
 * ranges of pairs). Every part depends only on the shared context, so parts
 * can run in any order, in any worker, and merging them in order gives the
 * same result, bit for bit, as running them all at once (see
 * link-paraphrases.ts for what the scores mean). A context travels to a
 * worker once, packed (packParaphraseWork); the parts then only name ranges.
 */
import type { WordTable, WordTableSnapshot } from "../vectors/word-table.ts";
import { WordTable as Table } from "../vectors/word-table.ts";
import { alignWithAnchors } from "./align-with-anchors.ts";
import { countAnchors, symmetricAlignment, type WordProfile } from "./pair-features.ts";
import { topIndexes } from "./vector-math.ts";

/** What the split work needs to know: units' words and flags, the pairs, the bars. */
export type ParaphraseWork = {
  table: WordTable;
  profiles: readonly WordProfile[];
  /** Each unit's version (canonical order); units come version by version. */
  version: Int32Array;
  /** 1 for a heading (compared only with headings). */
  heading: Uint8Array;
  /** 1 when the unit has real words (a unit without them never links). */
  realWords: Uint8Array;
  /** Where each version's units start, and one past the last unit. */
  versionStart: Int32Array;
  /** Version pairs to compare, flat: x0, y0, x1, y1… with x < y. */
  pairs: Int32Array;
  /** Best candidates per unit and version pair that get the soft alignment. */
  candidates: number;
  /** Units of other versions sampled for each unit's baseline. */
  baselineSample: number;
  minZ: number;
  minSimilarity: number;
  /** Keep every candidate pair's soft alignment and agreement (for suggestions). */
  keepCandidates: boolean;
};

/** How similar each unit is to a typical unit of the other versions: mean and deviation, by unit. */
export type Baselines = { mean: Float64Array; deviation: Float64Array };

/**
 * Links and scored candidate pairs of some version pairs, packed in typed
 * arrays (cheap to send between workers): link k is `linkA[k]`–`linkB[k]`.
 */
export type PairScores = {
  linkA: Int32Array;
  linkB: Int32Array;
  linkZ: Float64Array;
  linkSimilarity: Float64Array;
  scoredA: Int32Array;
  scoredB: Int32Array;
  scoredSimilarity: Float64Array;
  scoredZ: Float64Array;
  scoredAgreement: Int32Array;
};

/** The work, structured-cloneable: what a helper worker is sent, once per comparison. */
export type PackedParaphraseWork = Omit<ParaphraseWork, "table" | "profiles"> & {
  table: WordTableSnapshot;
  /** Where each unit's words start in the flat arrays below, and one past the last. */
  wordStart: Int32Array;
  stemIds: Int32Array;
  wordIds: Int32Array;
  weights: Float64Array;
  totalWeight: Float64Array;
  /** Unit centroids, `units × table.dims`. */
  centroids: Float32Array;
};

/**
 * A mutual best match links when it stands `minZ` standard deviations above
 * both baselines, or this many fewer when it agrees on STRONG_AGREEMENT words.
 */
export const STRONG_AGREEMENT_Z_MARGIN = 1;
/** Points of agreement a link needs on each side (see countAnchors)… */
export const MIN_ANCHORS = 2;
/** …and how many let it link `STRONG_AGREEMENT_Z_MARGIN` below `minZ`. */
export const STRONG_AGREEMENT = 4;
/**
 * A counterpart for a point of agreement: the same stem, or a word at least
 * this similar in the word table (0.8 is a raw cosine of about 0.89).
 */
export const ANCHOR_SIMILARITY = 0.8;

/** How many standard deviations `value` stands above unit `unit`'s baseline. */
export function standardiseFor(baselines: Baselines, unit: number, value: number): number {
  return (value - baselines.mean[unit]!) / baselines.deviation[unit]!;
}

/** The mean z of a pair's similarity against both units' baselines. */
export function pairZOf(baselines: Baselines, a: number, b: number, value: number): number {
  return (standardiseFor(baselines, a, value) + standardiseFor(baselines, b, value)) / 2;
}

/**
 * Baselines of units `from` to `to` (exclusive): each unit's soft alignment
 * with a fixed, evenly spread sample of units of the other versions (headings
 * with headings), so the result does not depend on chance.
 */
export function computeBaselines(work: ParaphraseWork, from: number, to: number): Baselines {
  const { version, heading, profiles, table, baselineSample } = work;
  const pools = poolsOf(work);
  const mean = new Float64Array(to - from);
  const deviation = new Float64Array(to - from);
  const values: number[] = [];
  for (let unit = from; unit < to; unit += 1) {
    const { members, blocks } = heading[unit] ? pools.headings : pools.bodies;
    // Units come version by version, so a version's own units are one block
    // of the pool; "the others" are the pool around it, without copying it.
    const start = blocks.start[version[unit]!]!;
    const end = blocks.end[version[unit]!]!;
    const count = members.length - (end - start);
    const step = Math.max(1, count / baselineSample);
    values.length = 0;
    for (let i = 0; i < count && values.length < baselineSample; i += step) {
      const k = Math.floor(i);
      const other = members[k < start ? k : k + end - start]!;
      values.push(symmetricAlignment(profiles[unit]!, profiles[other]!, table));
    }
    if (values.length < 2) {
      deviation[unit - from] = 1;
      continue;
    }
    const average = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / values.length;
    mean[unit - from] = average;
    deviation[unit - from] = Math.max(Math.sqrt(variance), 0.02);
  }
  return { mean, deviation };
}

type Pool = { members: Int32Array; blocks: { start: Int32Array; end: Int32Array } };

// Body units and headings, each in unit order, with where each version's block sits.
const poolCache = new WeakMap<ParaphraseWork, { bodies: Pool; headings: Pool }>();
function poolsOf(work: ParaphraseWork): { bodies: Pool; headings: Pool } {
  const cached = poolCache.get(work);
  if (cached) return cached;
  const versions = work.versionStart.length - 1;
  const make = (wanted: number): Pool => {
    const members: number[] = [];
    for (let unit = 0; unit < work.heading.length; unit += 1)
      if (work.heading[unit] === wanted) members.push(unit);
    const start = new Int32Array(versions);
    const end = new Int32Array(versions);
    const seen = new Uint8Array(versions);
    members.forEach((unit, position) => {
      const v = work.version[unit]!;
      if (!seen[v]) [seen[v], start[v]] = [1, position];
      end[v] = position + 1;
    });
    return { members: Int32Array.from(members), blocks: { start, end } };
  };
  const pools = { bodies: make(0), headings: make(1) };
  poolCache.set(work, pools);
  return pools;
}

/** Baselines computed in parts (ranges of units, in order), as one. */
export function mergeBaselines(parts: readonly Baselines[]): Baselines {
  return {
    mean: concatFloat64(parts.map((part) => part.mean)),
    deviation: concatFloat64(parts.map((part) => part.deviation)),
  };
}

/**
 * Scores version pairs `from` to `to` (exclusive, indexes into the pairs):
 * for each, a cheap comparison of unit centroids picks each unit's best
 * candidates, which get the soft alignment; mutual best matches that stand
 * out, reach the floor and agree on enough words become links.
 * `onPair` is told after each pair.
 */
export function scoreVersionPairs(
  work: ParaphraseWork,
  baselines: Baselines,
  from: number,
  to: number,
  onPair?: () => void,
): PairScores {
  const out = newCollector();
  for (let p = from; p < to; p += 1) {
    scoreVersionPair(work, baselines, work.pairs[2 * p]!, work.pairs[2 * p + 1]!, out);
    onPair?.();
  }
  return packScores(out);
}

/** Scores of pair ranges (in order), as one. */
export function mergePairScores(parts: readonly PairScores[]): PairScores {
  const int = (key: keyof PairScores) => concatInt32(parts.map((part) => part[key] as Int32Array));
  const float = (key: keyof PairScores) =>
    concatFloat64(parts.map((part) => part[key] as Float64Array));
  return {
    linkA: int("linkA"),
    linkB: int("linkB"),
    linkZ: float("linkZ"),
    linkSimilarity: float("linkSimilarity"),
    scoredA: int("scoredA"),
    scoredB: int("scoredB"),
    scoredSimilarity: float("scoredSimilarity"),
    scoredZ: float("scoredZ"),
    scoredAgreement: int("scoredAgreement"),
  };
}

type Collector = { [K in keyof PairScores]: number[] };

function newCollector(): Collector {
  return {
    linkA: [],
    linkB: [],
    linkZ: [],
    linkSimilarity: [],
    scoredA: [],
    scoredB: [],
    scoredSimilarity: [],
    scoredZ: [],
    scoredAgreement: [],
  };
}

function packScores(out: Collector): PairScores {
  return {
    linkA: Int32Array.from(out.linkA),
    linkB: Int32Array.from(out.linkB),
    linkZ: Float64Array.from(out.linkZ),
    linkSimilarity: Float64Array.from(out.linkSimilarity),
    scoredA: Int32Array.from(out.scoredA),
    scoredB: Int32Array.from(out.scoredB),
    scoredSimilarity: Float64Array.from(out.scoredSimilarity),
    scoredZ: Float64Array.from(out.scoredZ),
    scoredAgreement: Int32Array.from(out.scoredAgreement),
  };
}

function scoreVersionPair(
  work: ParaphraseWork,
  baselines: Baselines,
  x: number,
  y: number,
  out: Collector,
): void {
  const { profiles, table, heading, candidates: perUnit, versionStart } = work;
  const xStart = versionStart[x]!;
  const rows = versionStart[x + 1]! - xStart;
  const yStart = versionStart[y]!;
  const columns = versionStart[y + 1]! - yStart;
  if (rows === 0 || columns === 0) return;
  // Cheap scores for every pair; headings only compare with headings.
  const cheap = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i += 1) {
    const centroid = profiles[xStart + i]!.centroid;
    const isHeading = heading[xStart + i];
    for (let j = 0; j < columns; j += 1) {
      cheap[i * columns + j] =
        isHeading === heading[yStart + j]
          ? centroidDot(centroid, profiles[yStart + j]!.centroid)
          : Number.NaN;
    }
  }
  // Candidate pairs are marked in a matrix (visited in index order, so the
  // outcome never depends on insertion order) and scored once each.
  const candidate = new Uint8Array(rows * columns);
  const column = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) {
    for (const j of topIndexes(cheap.subarray(i * columns, (i + 1) * columns), perUnit))
      candidate[i * columns + j] = 1;
  }
  for (let j = 0; j < columns; j += 1) {
    for (let i = 0; i < rows; i += 1) column[i] = cheap[i * columns + j]!;
    for (const i of topIndexes(column, perUnit)) candidate[i * columns + j] = 1;
  }
  // Best candidate of each unit, by soft alignment.
  const bestOfX = new Int32Array(rows).fill(-1);
  const bestOfY = new Int32Array(columns).fill(-1);
  const score = cheap; // reused: only candidates' cells are read from here on
  for (let key = 0; key < candidate.length; key += 1) {
    if (candidate[key] === 0) continue;
    const i = Math.floor(key / columns);
    const j = key - i * columns;
    const a = xStart + i;
    const b = yStart + j;
    // Suggestions also want the pair's agreement: measured in the same pass.
    let value: number;
    if (work.keepCandidates) {
      const kept = alignWithAnchors(profiles[a]!, profiles[b]!, table, ANCHOR_SIMILARITY);
      value = kept.similarity;
      out.scoredA.push(a);
      out.scoredB.push(b);
      out.scoredSimilarity.push(value);
      out.scoredZ.push(pairZOf(baselines, a, b, value));
      out.scoredAgreement.push(kept.agreement);
    } else value = symmetricAlignment(profiles[a]!, profiles[b]!, table);
    score[key] = value;
    if (bestOfX[i]! < 0 || value > score[i * columns + bestOfX[i]!]!) bestOfX[i] = j;
    if (bestOfY[j]! < 0 || value > score[bestOfY[j]! * columns + j]!) bestOfY[j] = i;
  }
  for (let i = 0; i < rows; i += 1) {
    const j = bestOfX[i]!;
    if (j < 0 || bestOfY[j] !== i) continue;
    const a = xStart + i;
    const b = yStart + j;
    // Separators, sign-offs and lines of numbers never state a claim.
    if (!work.realWords[a] || !work.realWords[b]) continue;
    const value = score[i * columns + j]!;
    const z = pairZOf(baselines, a, b, value);
    if (z < work.minZ - STRONG_AGREEMENT_Z_MARGIN || value < work.minSimilarity) continue;
    const agreement = countAnchors(profiles[a]!, profiles[b]!, table, ANCHOR_SIMILARITY);
    if (z >= work.minZ ? agreement >= MIN_ANCHORS : agreement >= STRONG_AGREEMENT) {
      out.linkA.push(a);
      out.linkB.push(b);
      out.linkZ.push(z);
      out.linkSimilarity.push(value);
    }
  }
}

// The dot product of two centroids, summed in index order as vector-math's
// dot does (so the same value, bit for bit), four terms a step: this runs
// units × units times per version pair.
function centroidDot(a: Float32Array, b: Float32Array): number {
  const length = a.length;
  const whole = length - (length % 4);
  let sum = 0;
  let d = 0;
  for (; d < whole; d += 4) {
    sum += a[d]! * b[d]!;
    sum += a[d + 1]! * b[d + 1]!;
    sum += a[d + 2]! * b[d + 2]!;
    sum += a[d + 3]! * b[d + 3]!;
  }
  for (; d < length; d += 1) sum += a[d]! * b[d]!;
  return sum;
}

/** The work packed for a worker: profiles flattened, the word table as a snapshot. */
export function packParaphraseWork(work: ParaphraseWork): PackedParaphraseWork {
  const { table, profiles, ...rest } = work;
  const dims = table.dims;
  const wordStart = new Int32Array(profiles.length + 1);
  profiles.forEach((profile, i) => (wordStart[i + 1] = wordStart[i]! + profile.stemIds.length));
  const words = wordStart[profiles.length]!;
  const packed = {
    ...rest,
    table: table.snapshot(),
    wordStart,
    stemIds: new Int32Array(words),
    wordIds: new Int32Array(words),
    weights: new Float64Array(words),
    totalWeight: new Float64Array(profiles.length),
    centroids: new Float32Array(profiles.length * dims),
  };
  profiles.forEach((profile, i) => {
    packed.stemIds.set(profile.stemIds, wordStart[i]);
    packed.wordIds.set(profile.wordIds, wordStart[i]);
    packed.weights.set(profile.weights, wordStart[i]);
    packed.totalWeight[i] = profile.totalWeight;
    packed.centroids.set(profile.centroid, i * dims);
  });
  return packed;
}

/** The work as a worker uses it, from what it was sent (views into the packed arrays). */
export function unpackParaphraseWork(packed: PackedParaphraseWork): ParaphraseWork {
  const { table, wordStart, stemIds, wordIds, weights, totalWeight, centroids, ...rest } = packed;
  const dims = table.dims;
  const profiles: WordProfile[] = [];
  for (let i = 0; i + 1 < wordStart.length; i += 1) {
    const [start, end] = [wordStart[i]!, wordStart[i + 1]!];
    profiles.push({
      stemIds: stemIds.subarray(start, end),
      wordIds: wordIds.subarray(start, end),
      weights: weights.subarray(start, end),
      totalWeight: totalWeight[i]!,
      centroid: centroids.subarray(i * dims, (i + 1) * dims),
    });
  }
  return { ...rest, table: Table.fromSnapshot(table), profiles };
}

/**
 * Cuts `count` items into at most `parts` contiguous ranges of near-equal
 * size, in order (none empty): how work is handed out to workers.
 */
export function splitRanges(count: number, parts: number): [number, number][] {
  const pieces = Math.max(1, Math.min(parts, count));
  const ranges: [number, number][] = [];
  for (let k = 0; k < pieces; k += 1) {
    const from = Math.floor((k * count) / pieces);
    const to = Math.floor(((k + 1) * count) / pieces);
    if (to > from) ranges.push([from, to]);
  }
  return ranges;
}

function concatFloat64(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function concatInt32(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
