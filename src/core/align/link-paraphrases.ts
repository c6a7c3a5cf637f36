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
 * word-by-word soft alignment. That work, and the baselines, can run in
 * parts across workers (paraphrase-work.ts): prepareParaphrases sets it up,
 * the caller runs it (here, or in a pool), `finish` turns it into links.
 */
import { hasRealWords } from "../text/real-words.ts";
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { alignWithAnchors } from "./align-with-anchors.ts";
import { symmetricAlignment } from "./pair-features.ts";
import {
  ANCHOR_SIMILARITY,
  computeBaselines,
  pairZOf,
  scoreVersionPairs,
  type Baselines,
  type PairScores,
  type ParaphraseWork,
} from "./paraphrase-work.ts";
import type { Unit } from "./prepare-units.ts";
import { LARGE_STORY, versionPairsToCompare } from "./version-pairs.ts";
import { profileUnits } from "./word-weights.ts";

export { MIN_ANCHORS, STRONG_AGREEMENT, STRONG_AGREEMENT_Z_MARGIN } from "./paraphrase-work.ts";

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
   * it agrees on `STRONG_AGREEMENT` words; see paraphrase-work.ts)…
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

/** Default bar for groups to join (mean z between their members); see group-units.ts. */
export const DEFAULT_MIN_COHESION = 1.5;

/** Candidates per unit and version pair that get the full soft alignment (fewer in large stories). */
const CANDIDATES = 5;
const CANDIDATES_LARGE = 2;
/** Units of other versions sampled for a unit's baseline. */
const BASELINE_SAMPLE = 32;
const BASELINE_SAMPLE_LARGE = 12;

/** What the paraphrase layer gives: links, and what grouping and suggestions measure with. */
export type Paraphrases = {
  links: Link[];
  pairZ: PairZ;
  scored: ScoredPair[];
  measurePair: MeasurePair;
};

/** The work's results: every unit's baseline, then every version pair's scores (in order). */
export type ParaphraseScores = { baselines: Baselines; scores: PairScores };

/**
 * Sets up the paraphrase layer: the units' profiles in a word table, the
 * version pairs to compare. Run `work` (runParaphraseWork, or in parts in
 * workers), then `finish` with its results. Units must be in canonical
 * version order.
 */
export function prepareParaphrases(
  units: readonly Unit[],
  versionCount: number,
  vectors: WordVectors | null,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): { work: ParaphraseWork; finish: (results: ParaphraseScores) => Paraphrases } {
  const table = new WordTable(vectors);
  const profiles = profileUnits(units, table);
  table.freeze();
  const byVersion = Array.from({ length: versionCount }, () => [] as Unit[]);
  for (const unit of units) byVersion[unit.version]!.push(unit);
  const versionStart = new Int32Array(versionCount + 1);
  byVersion.forEach((list, v) => (versionStart[v + 1] = versionStart[v]! + list.length));
  const large = versionCount > LARGE_STORY;
  const work: ParaphraseWork = {
    table,
    profiles,
    version: Int32Array.from(units, (unit) => unit.version),
    heading: Uint8Array.from(units, (unit) => (unit.heading ? 1 : 0)),
    realWords: Uint8Array.from(units, (unit) => (hasRealWords(unit.tokens) ? 1 : 0)),
    versionStart,
    pairs: Int32Array.from(versionPairsToCompare(byVersion, profiles).flat()),
    candidates: large ? CANDIDATES_LARGE : CANDIDATES,
    baselineSample: large ? BASELINE_SAMPLE_LARGE : BASELINE_SAMPLE,
    minZ: options.minZ,
    minSimilarity: options.minSimilarity,
    keepCandidates: options.keepCandidates ?? false,
  };
  const finish = ({ baselines, scores }: ParaphraseScores): Paraphrases => {
    const links: Link[] = [];
    for (let k = 0; k < scores.linkA.length; k += 1)
      links.push({
        a: scores.linkA[k]!,
        b: scores.linkB[k]!,
        z: scores.linkZ[k]!,
        similarity: scores.linkSimilarity[k]!,
      });
    const scored: ScoredPair[] = [];
    for (let k = 0; k < scores.scoredA.length; k += 1)
      scored.push({
        a: scores.scoredA[k]!,
        b: scores.scoredB[k]!,
        similarity: scores.scoredSimilarity[k]!,
        z: scores.scoredZ[k]!,
        agreement: scores.scoredAgreement[k]!,
      });
    const pairZ: PairZ = (a, b) =>
      pairZOf(baselines, a, b, symmetricAlignment(profiles[a]!, profiles[b]!, table));
    const measurePair: MeasurePair = (a, b) => {
      const { similarity, agreement } = alignWithAnchors(
        profiles[a]!,
        profiles[b]!,
        table,
        ANCHOR_SIMILARITY,
      );
      const z = pairZOf(baselines, a, b, similarity);
      return { a: Math.min(a, b), b: Math.max(a, b), similarity, z, agreement };
    };
    return { links, pairZ, scored, measurePair };
  };
  return { work, finish };
}

/** Runs all of the paraphrase work here, at once; `onProgress` gets the share of version pairs done. */
export function runParaphraseWork(
  work: ParaphraseWork,
  onProgress?: (fraction: number) => void,
): ParaphraseScores {
  const baselines = computeBaselines(work, 0, work.version.length);
  const count = work.pairs.length / 2;
  const step = Math.max(1, Math.floor(count / 50));
  let done = 0;
  const scores = scoreVersionPairs(work, baselines, 0, count, () => {
    done += 1;
    if (onProgress && (done % step === 0 || done === count)) onProgress(done / count);
  });
  return { baselines, scores };
}

/** Finds paraphrase links across all versions, here and at once. Units must be in canonical version order. */
export function linkParaphrases(
  units: readonly Unit[],
  versionCount: number,
  vectors: WordVectors | null,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
  /** Called with the share of version pairs compared so far, in (0, 1]. */
  onProgress?: (fraction: number) => void,
): Paraphrases {
  const { work, finish } = prepareParaphrases(units, versionCount, vectors, options);
  return finish(runParaphraseWork(work, onProgress));
}

/** How far two units' similarity stands above both their baselines (the z of a would-be link). */
export type PairZ = (a: number, b: number) => number;
/** A pair's soft alignment, z and points of agreement (as links count them), in one pass. */
export type MeasurePair = (a: number, b: number) => ScoredPair;
