/**
 * How much a word tells about what a sentence says. Two sources, mixed:
 * - background rarity in news English, from the word's frequency rank in
 *   the vector table ("the" ~ 0, "ceasefire" high; unknown words highest);
 * - rarity within the story itself, so a word every version repeats
 *   ("Ukraine" in a story about Ukraine) links sentences less than a word
 *   only two versions use ("Ottawa", "freeze").
 */
import type { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import type { Unit } from "./prepare-units.ts";
import type { WordProfile } from "./pair-features.ts";
import { profileWords } from "./sentence-profile.ts";

/** Weight of a content word, from its folded form and stem. */
export type WordWeigher = (norm: string, stem: string) => number;

// Zipf: a word of rank r has frequency ∝ 1/r, so log(r) acts as an IDF.
const RANK_SCALE = 50;
/** Weight of a word the vector table does not know: rarer than any known word. */
export function unknownWordWeight(vectors: WordVectors | null): number {
  return Math.log(1 + ((vectors?.size ?? 40_000) * 2) / RANK_SCALE);
}

/** Background weight: log of the word's frequency rank in news English. */
export function backgroundWeigher(vectors: WordVectors | null): WordWeigher {
  const unknown = unknownWordWeight(vectors);
  return (norm) => {
    const rank = vectors?.indexOf(norm);
    return rank === undefined ? unknown : Math.log(1 + rank / RANK_SCALE);
  };
}

/**
 * Background weight scaled by rarity within a set of sentences: a stem in
 * `df` of `total` sentences gets a factor from about 0.3 (everywhere)
 * to 1 (in one sentence).
 */
export function storyWeigher(
  background: WordWeigher,
  documentFrequency: ReadonlyMap<string, number>,
  total: number,
): WordWeigher {
  const maxIdf = Math.log(1 + total);
  return (norm, stem) => {
    const df = documentFrequency.get(stem) ?? 1;
    const local = Math.log(1 + total / df) / maxIdf;
    return background(norm, stem) * (0.3 + 0.7 * local);
  };
}

/** Story-weighted profiles: a word common across this story's units links less. */
export function profileUnits(units: readonly Unit[], table: WordTable): WordProfile[] {
  const documentFrequency = new Map<string, number>();
  for (const unit of units) {
    const stems = new Set(unit.tokens.filter((token) => !token.stop).map((token) => token.stem));
    for (const stem of stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const weigh = storyWeigher(backgroundWeigher(table.vectors), documentFrequency, units.length);
  return units.map((unit) => profileWords(unit.tokens, table, weigh));
}
