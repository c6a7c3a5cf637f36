/**
 * Theme tags: which passages speak to which theme. A passage is tagged when
 * its words hit the theme's terms: the same stem, a whole phrase, or a word
 * close in meaning to a term ("Ottawa" for Canada's role). A group shares its
 * themes: a claim tagged in one version is tagged in its paraphrases too.
 */
import type { Comparison } from "../align/types.ts";
import type { Theme } from "../story-format.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";

/**
 * How close in meaning (WordTable's 0–1 scale) a word must be to a term to
 * count: names sit close to what they stand for ("Ottawa" ~ "Canada",
 * "Kremlin" ~ "Russia") at lower similarity than common words need to be
 * near-synonyms ("assistance" ~ "aid"); below these, GloVe's neighbours are
 * merely topical ("conflict" ~ "ceasefire").
 */
const MIN_MEANING_NAME = 0.25;
const MIN_MEANING_WORD = 0.45;
/**
 * Only words rarer than the most common ones are matched by meaning: common
 * words ("year", "war") sit close to everything in news text, while names
 * and specific words ("Ottawa", "displaced") carry the signal.
 */
const MIN_RANK_FOR_MEANING = 1_000;
/** Hits a passage needs to be tagged (one clear term is enough). */
const MIN_SCORE = 1;
/** A matched phrase weighs more than a single word: it is a more specific signal. */
const PHRASE_WEIGHT = 1.5;

type CompiledTheme = {
  id: string;
  /** Single-word terms: stems, and word ids for meaning. */
  stems: Set<string>;
  wordIds: number[];
  /** Multi-word terms as sequences of content stems. */
  phrases: string[][];
};

/** For each passage of `comparison.passages`, the ids of its themes (in theme order). */
export function tagPassages(
  comparison: Comparison,
  themes: readonly Theme[],
  vectors: WordVectors | null,
): string[][] {
  const table = new WordTable(vectors);
  const compiled = themes.map((theme) => compileTheme(theme, table));
  const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
  const own = comparison.passages.map((passage) => {
    const tokens = tokenize(textOf.get(passage.version) ?? "", passage.start, passage.end).filter(
      (t) => !t.stop,
    );
    return compiled
      .filter((theme) => themeScore(tokens, theme, table) >= MIN_SCORE)
      .map((theme) => theme.id);
  });
  // A group shares its themes.
  const byGroup = new Map<number, Set<string>>();
  comparison.passages.forEach((passage, i) => {
    if (passage.group === null) return;
    const set = byGroup.get(passage.group) ?? new Set<string>();
    for (const id of own[i]!) set.add(id);
    byGroup.set(passage.group, set);
  });
  const order = new Map(themes.map((theme, i) => [theme.id, i]));
  return comparison.passages.map((passage, i) =>
    passage.group === null
      ? own[i]!
      : [...byGroup.get(passage.group)!].sort((a, b) => order.get(a)! - order.get(b)!),
  );
}

function compileTheme(theme: Theme, table: WordTable): CompiledTheme {
  const stems = new Set<string>();
  const wordIds: number[] = [];
  const phrases: string[][] = [];
  for (const term of theme.terms) {
    const tokens = tokenize(term).filter((t) => !t.stop);
    if (tokens.length === 1) {
      stems.add(tokens[0]!.stem);
      wordIds.push(table.idOf(tokens[0]!.norm));
    } else if (tokens.length > 1) {
      phrases.push(tokens.map((t) => t.stem));
    }
  }
  return { id: theme.id, stems, wordIds, phrases };
}

function themeScore(tokens: readonly Token[], theme: CompiledTheme, table: WordTable): number {
  let score = 0;
  const stems = tokens.map((t) => t.stem);
  for (const phrase of theme.phrases) if (containsSequence(stems, phrase)) score += PHRASE_WEIGHT;
  for (const token of tokens) {
    if (theme.stems.has(token.stem)) {
      score += 1;
      continue;
    }
    const rank = table.vectors?.indexOf(token.norm);
    if (rank === undefined || rank < MIN_RANK_FOR_MEANING) continue;
    const id = table.idOf(token.norm);
    let best = 0;
    for (const term of theme.wordIds) best = Math.max(best, table.similarity(id, term));
    if (best >= (token.capitalized ? MIN_MEANING_NAME : MIN_MEANING_WORD)) score += 1;
  }
  return score;
}

function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
