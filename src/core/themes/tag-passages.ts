/**
 * Theme tags: which passages speak to which theme, from each passage's own
 * words. A passage is tagged when its words are evidence enough for the
 * theme: a term's stem ("sanction" for "sanctions"), a whole phrase
 * ("pressure on Russia"), or a close synonym of a lower-case term in the word
 * table ("truce" for "ceasefire"). Each piece of evidence weighs by how rare
 * it is in the story: a word in most passages ("Russia" in a story about
 * Russia) is weak evidence, and alone does not tag. A group's tags are not
 * carried to its other members: a paraphrase that never names the theme is
 * not tagged with it (docs/themes.md, decision 020).
 */
import type { Comparison } from "../align/types.ts";
import type { Theme } from "../story-format.ts";
import { runSteps, type Steps } from "../steps.ts";
import { tokenize } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { containsSequence, inHeadline, startsSentence } from "./read-words.ts";

/** Evidence a passage needs to be tagged: one rare term, or two story-wide ones. */
export const MIN_EVIDENCE = 1;
/**
 * A word in at most this share of the story's passages is full evidence;
 * past it, evidence falls with the log of the share, to nothing for a word
 * in every passage (a word in half the passages weighs 0.5).
 */
export const RARE_SHARE = 0.25;
/** Shares are counted over at least this many passages: a short story has no "story-wide" words. */
const MIN_STORY_PASSAGES = 20;
/**
 * How close in meaning (WordTable's 0–1 scale) a word must be to a term to
 * stand in for it: near-synonyms sit above ("truce" ~ "ceasefire" 0.85,
 * "assistance" ~ "aid" 0.79, "embargo" ~ "sanctions" 0.67); merely topical
 * neighbours below ("fighting" ~ "war" 0.5, "conflict" ~ "ceasefire" 0.28).
 */
export const MIN_SYNONYM = 0.7;

/**
 * A name named in passing weighs this much: one in a list ("European and
 * Canadian leaders", "capitals, Washington, and Ottawa"), after a
 * preposition ("pressure on Moscow", "talks with Washington") or joined to
 * another ("the Russia–Ukraine war"). A passage about an actor has it do or
 * say something; a mention alone does not make it about them.
 */
export const PASSING_NAME_WEIGHT = 0.5;
/** Words before a name that make it a mention rather than an actor. */
const PASSING_BEFORE = new Set(
  "and or nor with alongside including plus between among like on by against over toward towards via than".split(
    " ",
  ),
);
/** Words after a name that put it in a list. */
const PASSING_AFTER = new Set(["and", "or", "nor"]);

/** One word of a passage, as tagging reads it. */
type PassageWord = {
  norm: string;
  stem: string;
  /** Capitalised inside a sentence: a name, which only its own spelling matches. */
  name: boolean;
  /** Capitalised and named in passing (see PASSING_NAME_WEIGHT). */
  passing: boolean;
};

/** The story's passages read once for tagging: words per passage and how many passages hold each stem. */
export type PassageIndex = {
  words: PassageWord[][];
  /** Stem sequence per passage (for phrases). */
  stems: string[][];
  /** Stem → number of passages that hold it. */
  frequency: Map<string, number>;
  /** Stem → the passages that hold it, ascending: a theme is scored only where its words are. */
  postings: Map<string, number[]>;
  /** Words seen outside names (synonyms are looked for among them), with their stems. */
  plainWords: Map<string, string>;
  /** Passages the shares are counted over (at least MIN_STORY_PASSAGES). */
  base: number;
};

/** A theme compiled for tagging. */
type CompiledTheme = {
  id: string;
  /** Single-word terms by stem, with the term's word (for synonyms) unless it is a name. */
  words: Map<string, string | null>;
  /** Multi-word terms as sequences of content stems. */
  phrases: string[][];
};

/** Reads every passage of a comparison once, for tagging with any number of themes. */
export function indexPassages(comparison: Comparison): PassageIndex {
  return runSteps(indexPassagesInSteps(comparison));
}

/**
 * indexPassages one passage a step: a page pauses between steps (reading
 * the passages of 200 versions takes 150 ms or more), with the same index.
 */
export function* indexPassagesInSteps(comparison: Comparison): Steps<PassageIndex> {
  const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
  const words: PassageWord[][] = [];
  const stems: string[][] = [];
  const frequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const plainWords = new Map<string, string>();
  const headlines = new Map<string, boolean>();
  for (const passage of comparison.passages) {
    const text = textOf.get(passage.version) ?? "";
    const own: PassageWord[] = [];
    const line = `${passage.version}:${text.lastIndexOf("\n", passage.start - 1)}`;
    let headline = headlines.get(line);
    if (headline === undefined) headlines.set(line, (headline = inHeadline(text, passage.start)));
    for (const token of tokenize(text, passage.start, passage.end)) {
      if (token.stop || token.numeric) continue;
      const name = token.capitalized && !headline && !startsSentence(text, token.start);
      const passing = token.capitalized && namedInPassing(text, token.start, token.end);
      own.push({ norm: token.norm, stem: token.stem, name, passing });
      if (!name) plainWords.set(token.norm, token.stem);
    }
    const sequence = own.map((w) => w.stem);
    for (const stem of new Set(sequence)) {
      frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
      const list = postings.get(stem);
      if (list) list.push(words.length);
      else postings.set(stem, [words.length]);
    }
    words.push(own);
    stems.push(sequence);
    yield;
  }
  const base = Math.max(MIN_STORY_PASSAGES, words.length);
  return { words, stems, frequency, postings, plainWords, base };
}

/** How much a term found in `count` of the index's passages says: 1 when rare, less the more story-wide. */
export function evidenceWeight(index: PassageIndex, count: number): number {
  const share = count / index.base;
  if (share <= RARE_SHARE) return 1;
  return Math.max(0, Math.log(share) / Math.log(RARE_SHARE));
}

/** For each passage of `comparison.passages`, the ids of its themes (in theme order). */
export function tagPassages(
  comparison: Comparison,
  themes: readonly Theme[],
  vectors: WordVectors | null,
): string[][] {
  return tagIndexedPassages(indexPassages(comparison), themes, vectors);
}

/** Tags already indexed passages (see indexPassages): the ids of each passage's themes. */
export function tagIndexedPassages(
  index: PassageIndex,
  themes: readonly Theme[],
  vectors: WordVectors | null,
): string[][] {
  const table = new WordTable(vectors);
  const compiled = themes.map(compileTheme);
  const tags: string[][] = index.words.map(() => []);
  for (const theme of compiled) {
    for (const [i, score] of themeEvidence(index, theme, table))
      if (score >= MIN_EVIDENCE) tags[i]!.push(theme.id);
  }
  return tags;
}

/**
 * How many passages each of a theme's terms appears in (its stem or whole
 * phrase; synonyms aside): what makes a broad theme broad, for the editor.
 */
export function termCounts(
  index: PassageIndex,
  theme: Theme,
): { term: string; passages: number }[] {
  return theme.terms.map((term) => {
    const compiled = compileTheme({ ...theme, terms: [term] });
    let passages = 0;
    for (let i = 0; i < index.stems.length; i += 1)
      if (matchesLiterally(index.stems[i]!, compiled)) passages += 1;
    return { term, passages };
  });
}

function matchesLiterally(stems: readonly string[], theme: CompiledTheme): boolean {
  if (stems.some((stem) => theme.words.has(stem))) return true;
  return theme.phrases.some((phrase) => containsSequence(stems, phrase));
}

// The evidence for one theme in each passage that holds any of its words.
function themeEvidence(
  index: PassageIndex,
  theme: CompiledTheme,
  table: WordTable,
): Map<number, number> {
  const weightOf = (stem: string) => evidenceWeight(index, index.frequency.get(stem) ?? 0);
  const holding = (stem: string) => index.postings.get(stem) ?? [];
  const phraseWeights = theme.phrases.map((phrase) => {
    let count = 0;
    for (const p of holding(phrase[0]!)) if (containsSequence(index.stems[p]!, phrase)) count += 1;
    return evidenceWeight(index, count);
  });
  const synonyms = findSynonyms(index, theme, table);
  const candidates = new Set<number>();
  const add = (stem: string) => {
    for (const p of holding(stem)) candidates.add(p);
  };
  for (const stem of theme.words.keys()) add(stem);
  for (const phrase of theme.phrases) add(phrase[0]!);
  for (const norm of synonyms) add(index.plainWords.get(norm)!);
  const scores = new Map<number, number>();
  for (const i of [...candidates].sort((a, b) => a - b)) {
    let score = 0;
    const counted = new Set<string>();
    theme.phrases.forEach((phrase, p) => {
      if (containsSequence(index.stems[i]!, phrase)) {
        score += phraseWeights[p]!;
        for (const stem of phrase) counted.add(stem);
      }
    });
    for (const word of index.words[i]!) {
      // Each stem counts once: "sanctions… sanctions" is one piece of evidence.
      if (counted.has(word.stem)) continue;
      if (theme.words.has(word.stem) || (!word.name && synonyms.has(word.norm))) {
        counted.add(word.stem);
        score += weightOf(word.stem) * (word.passing ? PASSING_NAME_WEIGHT : 1);
      }
    }
    scores.set(i, score);
  }
  return scores;
}

// The story's words (outside names) that are near-synonyms of the theme's lower-case terms.
function findSynonyms(index: PassageIndex, theme: CompiledTheme, table: WordTable): Set<string> {
  const found = new Set<string>();
  if (table.vectors === null) return found;
  const terms: number[] = [];
  for (const word of theme.words.values()) if (word !== null) terms.push(table.idOf(word));
  if (terms.length === 0) return found;
  for (const [norm, stem] of index.plainWords) {
    if (theme.words.has(stem)) continue;
    const id = table.idOf(norm);
    if (terms.some((term) => table.similarity(id, term) >= MIN_SYNONYM)) found.add(norm);
  }
  return found;
}

function compileTheme(theme: Theme): CompiledTheme {
  const words = new Map<string, string | null>();
  const phrases: string[][] = [];
  for (const term of theme.terms) {
    const tokens = tokenize(term).filter((t) => !t.stop);
    if (tokens.length === 1) {
      // A term written with capitals is a name: "Ukraine" must not match "Russia" by meaning.
      const token = tokens[0]!;
      const name = /\p{Lu}/u.test(term);
      if (!words.has(token.stem) || !name) words.set(token.stem, name ? null : token.norm);
    } else if (tokens.length > 1) {
      phrases.push(tokens.map((t) => t.stem));
    }
  }
  return { id: theme.id, words, phrases };
}

// Whether the capitalised word at [start, end) is a mention in passing: in a
// list, after a preposition, or joined by a dash to another word. Read by
// hand, a few characters each way (a regular expression anchored at the end
// of a slice backtracks on every capitalised word of a big story).
function namedInPassing(text: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && start - i < 40 && !isWordChar(text[i - 1]!)) i -= 1;
  const gapBefore = text.slice(i, start);
  let from = i;
  while (from > 0 && i - from < 40 && isWordChar(text[from - 1]!)) from -= 1;
  const previous = text.slice(from, i).toLowerCase();
  let j = end;
  while (j < text.length && j - end < 40 && !isWordChar(text[j]!)) j += 1;
  const gapAfter = text.slice(end, j);
  let to = j;
  while (to < text.length && to - j < 40 && isWordChar(text[to]!)) to += 1;
  const next = text.slice(j, to).toLowerCase();
  if (isDash(gapAfter) || isDash(gapBefore)) return true;
  if (PASSING_AFTER.has(next) && !/[.;:!?]/u.test(gapAfter)) return true;
  if (/[.;:!?]/u.test(gapBefore)) return false;
  return PASSING_BEFORE.has(previous) || (gapBefore.includes(",") && previous !== "");
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}'’]/u.test(ch);
}

function isDash(gap: string): boolean {
  return gap === "–" || gap === "—" || gap === "-";
}
