/**
 * The paraphrase layer: which units in different versions state the same
 * thing. A pair model alone cannot decide this for rewrites, which share
 * far fewer words than even MRPC's negative pairs; so each unit's scores
 * against another version are judged relative to that version (z-scores),
 * and two units link when each is the other's best match there and stands
 * out clearly enough.
 */
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { alignWords } from "./pair-features.ts";
import type { Unit } from "./prepare-units.ts";
import { profileSentence, type SentenceProfile } from "./sentence-profile.ts";
import { backgroundWeigher, storyWeigher } from "./word-weights.ts";

/** A paraphrase link between two units of different versions. */
export type Link = {
  a: number;
  b: number;
  /** Story-relative strength: mean z-score of the pair within each side's other version. */
  z: number;
  /** Soft word alignment of the pair, in [0, 1]. */
  similarity: number;
};

export type LinkOptions = {
  /** A mutual best match links only when it stands this many standard deviations above the rest… */
  minZ: number;
  /** …and when its soft word alignment reaches this, so unrelated texts on one subject stay apart. */
  minSimilarity: number;
};

export const DEFAULT_LINK_OPTIONS: LinkOptions = { minZ: 1.5, minSimilarity: 0.6 };

/** Finds paraphrase links across all versions. Units must be in canonical version order. */
export function linkParaphrases(
  units: readonly Unit[],
  versionCount: number,
  vectors: WordVectors | null,
  options: LinkOptions = DEFAULT_LINK_OPTIONS,
): Link[] {
  const table = new WordTable(vectors);
  const profiles = profileUnits(units, vectors, table);
  const byVersion = Array.from({ length: versionCount }, () => [] as Unit[]);
  for (const unit of units) byVersion[unit.version]!.push(unit);
  const links: Link[] = [];
  for (let x = 0; x < versionCount; x += 1) {
    for (let y = x + 1; y < versionCount; y += 1) {
      links.push(...linkVersionPair(byVersion[x]!, byVersion[y]!, profiles, table, options));
    }
  }
  return links;
}

/** Story-weighted profiles: a word common across this story's units links less. */
export function profileUnits(
  units: readonly Unit[],
  vectors: WordVectors | null,
  table: WordTable,
): SentenceProfile[] {
  const documentFrequency = new Map<string, number>();
  for (const unit of units) {
    const stems = new Set(unit.tokens.filter((token) => !token.stop).map((token) => token.stem));
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const weigh = storyWeigher(backgroundWeigher(vectors), documentFrequency, units.length);
  return units.map((unit) => profileSentence(unit.tokens, table, weigh));
}

function linkVersionPair(
  xs: readonly Unit[],
  ys: readonly Unit[],
  profiles: readonly SentenceProfile[],
  table: WordTable,
  { minZ, minSimilarity }: LinkOptions,
): Link[] {
  if (xs.length === 0 || ys.length === 0) return [];
  // Similarity of every pair; headings only compare with headings.
  const scores = xs.map((u) =>
    ys.map((v) => {
      if (u.heading !== v.heading) return Number.NaN;
      const a = profiles[u.index]!;
      const b = profiles[v.index]!;
      return (alignWords(a, b, table).score + alignWords(b, a, table).score) / 2;
    }),
  );
  const rowZ = scores.map((row) => zScores(row));
  const columnZ = transpose(
    ys.length,
    scores.map((row) => row),
  ).map((column) => zScores(column));
  const bestInRow = rowZ.map((row) => argMax(row));
  const bestInColumn = columnZ.map((column) => argMax(column));
  const links: Link[] = [];
  bestInRow.forEach((j, i) => {
    if (j < 0 || bestInColumn[j] !== i) return;
    const z = (rowZ[i]![j]! + columnZ[j]![i]!) / 2;
    if (z >= minZ && scores[i]![j]! >= minSimilarity)
      links.push({ a: xs[i]!.index, b: ys[j]!.index, z, similarity: scores[i]![j]! });
  });
  return links;
}

// z-scores among the comparable entries (NaN stays NaN); a row with one
// comparable entry gives it z = 0: nothing to stand out from.
function zScores(values: readonly number[]): number[] {
  const valid = values.filter((value) => !Number.isNaN(value));
  if (valid.length === 0) return values.map(() => Number.NaN);
  const mean = valid.reduce((sum, value) => sum + value, 0) / valid.length;
  const variance = valid.reduce((sum, value) => sum + (value - mean) ** 2, 0) / valid.length;
  const deviation = Math.sqrt(variance);
  return values.map((value) =>
    deviation > 1e-9 ? (value - mean) / deviation : Number.isNaN(value) ? value : 0,
  );
}

function transpose(columns: number, rows: readonly (readonly number[])[]): number[][] {
  return Array.from({ length: columns }, (_, j) => rows.map((row) => row[j]!));
}

function argMax(values: readonly number[]): number {
  let best = -1;
  for (let i = 0; i < values.length; i += 1) {
    if (Number.isNaN(values[i]!)) continue;
    if (best < 0 || values[i]! > values[best]!) best = i;
  }
  return best;
}
