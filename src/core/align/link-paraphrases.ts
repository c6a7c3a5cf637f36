/**
 * The paraphrase layer: which units in different versions state the same
 * thing. A pair model alone cannot decide this for rewrites, which share
 * far fewer words than even MRPC's negative pairs; so a pair's similarity
 * is judged against each unit's baseline (how similar it is to a typical
 * unit of the other versions: a z-score), and two units link when each is
 * the other's best match in the other's version, stand out clearly, reach
 * an absolute floor that keeps unrelated texts on one subject apart, and
 * agree on at least two words (countAnchors). A pair agreeing on four or
 * more words needs to stand out a little less (strong agreement).
 *
 * Cost: for each pair of versions, a cheap centroid comparison of every
 * unit pair picks each unit's few best candidates; only those get the
 * word-by-word soft alignment.
 */
import { hasRealWords } from "../text/real-words.ts";
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { alignWithAnchors } from "./align-with-anchors.ts";
import { countAnchors, symmetricAlignment } from "./pair-features.ts";
import type { Unit } from "./prepare-units.ts";
import type { SentenceProfile } from "./sentence-profile.ts";
import { dot, topIndexes } from "./vector-math.ts";
import { standardise, unitBaselines, type Baseline, type Similarity } from "./unit-baselines.ts";
import { LARGE_STORY, versionPairsToCompare } from "./version-pairs.ts";
import { profileUnits } from "./word-weights.ts";

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
  /**
   * A mutual best match links when it stands this many standard deviations
   * above both units' baselines (or `STRONG_AGREEMENT_Z_MARGIN` fewer, when
   * it agrees on `STRONG_AGREEMENT` words)…
   */
  minZ: number;
  /** …and when its soft word alignment reaches this, so unrelated texts on one subject stay apart. */
  minSimilarity: number;
  /** Keep every candidate pair's soft alignment (for suggestions); off, it costs nothing. */
  keepCandidates?: boolean;
};

/** A candidate pair of units that got the soft alignment, a < b, with its points of agreement. */
export type ScoredPair = { a: number; b: number; similarity: number; z: number; agreement: number };

export const DEFAULT_LINK_OPTIONS: LinkOptions = { minZ: 3, minSimilarity: 0.35 };

/**
 * A link also needs this many points of agreement on each side (content
 * words with a counterpart in the other unit; see countAnchors)…
 */
export const MIN_ANCHORS = 2;
/**
 * …where a counterpart is the same stem or a word at least this similar in
 * the word table (its rescaled similarity; 0.8 is a raw cosine of about
 * 0.89): a spelling variant or a close synonym, not a mere relative.
 * Similarity needs vectors for both words.
 */
const ANCHOR_SIMILARITY = 0.8;
/**
 * A mutual best match that agrees on this many points stands on its words,
 * and links one standard deviation below `minZ`: "any peace framework must
 * be anchored in Ukraine's sovereignty" and "…must respect Ukraine's
 * sovereignty" sit in long sentences whose other claims dilute the z-score.
 */
export const STRONG_AGREEMENT = 4;
/** How many standard deviations below `minZ` a strongly agreeing pair may link. */
export const STRONG_AGREEMENT_Z_MARGIN = 1;

/** Default bar for groups to join (mean z between their members); see group-units.ts. */
export const DEFAULT_MIN_COHESION = 1.5;

/** Candidates per unit and version pair that get the full soft alignment (fewer in large stories). */
const CANDIDATES = 5;
const CANDIDATES_LARGE = 2;
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
): { links: Link[]; pairZ: PairZ; scored: ScoredPair[]; measurePair: MeasurePair } {
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
  const scored: ScoredPair[] = [];
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
      table,
      scored: options.keepCandidates ? scored : null,
    };
    for (const link of linkVersionPair(pair, options)) links.push(link);
    if (onProgress && ((i + 1) % step === 0 || i + 1 === pairs.length))
      onProgress((i + 1) / pairs.length);
  });
  const pairZ: PairZ = (a, b) => {
    const value = similarity(a, b);
    return (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
  };
  const measurePair: MeasurePair = (a, b) => {
    const { similarity: value, agreement } = alignWithAnchors(
      profiles[a]!,
      profiles[b]!,
      table,
      ANCHOR_SIMILARITY,
    );
    const z = (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
    return { a: Math.min(a, b), b: Math.max(a, b), similarity: value, z, agreement };
  };
  return { links, pairZ, scored, measurePair };
}

/** How far two units' similarity stands above both their baselines (the z of a would-be link). */
export type PairZ = (a: number, b: number) => number;
/** A pair's soft alignment, z and points of agreement (as links count them), in one pass. */
export type MeasurePair = (a: number, b: number) => ScoredPair;

// Symmetric soft alignment of two units. Not cached: each version pair
// scores its own candidates once, and a cache of millions of pairs costs
// more than it saves.
function softSimilarity(profiles: readonly SentenceProfile[], table: WordTable): Similarity {
  return (a, b) => symmetricAlignment(profiles[a]!, profiles[b]!, table);
}

type VersionPair = {
  /** How many best candidates of each unit get the soft alignment. */
  candidates: number;
  xs: readonly Unit[];
  ys: readonly Unit[];
  profiles: readonly SentenceProfile[];
  similarity: Similarity;
  baselines: readonly Baseline[];
  table: WordTable;
  /** Where to keep each candidate pair's soft alignment, or null. */
  scored: ScoredPair[] | null;
};

function linkVersionPair(
  { xs, ys, profiles, similarity, baselines, candidates: perUnit, table, scored }: VersionPair,
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
    const [a, b] = [xs[i]!.index, ys[j]!.index];
    // Suggestions also want the pair's agreement: measured in the same pass.
    const kept = scored
      ? alignWithAnchors(profiles[a]!, profiles[b]!, table, ANCHOR_SIMILARITY)
      : null;
    const value = kept ? kept.similarity : similarity(a, b);
    score[key] = value;
    if (scored && kept) {
      const z = (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
      scored.push({ a, b, similarity: value, z, agreement: kept.agreement });
    }
    if (bestOfX[i]! < 0 || value > score[i * columns + bestOfX[i]!]!) bestOfX[i] = j;
    if (bestOfY[j]! < 0 || value > score[bestOfY[j]! * columns + j]!) bestOfY[j] = i;
  }
  const links: Link[] = [];
  bestOfX.forEach((j, i) => {
    if (j < 0 || bestOfY[j] !== i) return;
    // Separators, sign-offs and lines of numbers never state a claim.
    if (!hasRealWords(xs[i]!.tokens) || !hasRealWords(ys[j]!.tokens)) return;
    const a = xs[i]!.index;
    const b = ys[j]!.index;
    const value = score[i * columns + j]!;
    const z = (standardise(value, baselines[a]!) + standardise(value, baselines[b]!)) / 2;
    if (z < options.minZ - STRONG_AGREEMENT_Z_MARGIN || value < options.minSimilarity) return;
    const agreement = countAnchors(profiles[a]!, profiles[b]!, table, ANCHOR_SIMILARITY);
    if (z >= options.minZ ? agreement >= MIN_ANCHORS : agreement >= STRONG_AGREEMENT)
      links.push({ a, b, z, similarity: value });
  });
  return links;
}
