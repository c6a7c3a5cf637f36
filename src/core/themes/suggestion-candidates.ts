/**
 * The candidates for suggested themes: names (capitalised words and runs of
 * them, acronyms) and phrases (runs of lower-case content words) read from
 * each version's text, with how they are written, where and how often.
 * Capitals at a sentence's start or in a headline say nothing about names.
 */
import type { Comparison } from "../align/types.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { inHeadline, startsSentence } from "./read-words.ts";

/** Short words that may join the words of a name ("Ministry of Defence"). */
export const NAME_JOINERS = new Set(["of", "for", "de", "du", "la", "von", "van"]);
/** Short words that may join the words of a phrase ("pressure on prices"). */
export const PHRASE_JOINERS = new Set(["of", "on", "for", "to"]);
/** Longest phrase, in content words, and longest name, in words. */
const MAX_PHRASE_WORDS = 3;
const MAX_NAME_WORDS = 5;
/** Longest acronym, in letters: a longer word in capitals is shouted, not an acronym. */
const MAX_ACRONYM = 4;

/** A possible suggestion: a name or a phrase, as it was found in the story. */
export type Candidate = {
  kind: "name" | "phrase";
  /** Folded words ("national", "health", "service"), joiners included. */
  words: string[];
  /** Written forms seen in prose, by count: the label is the commonest. */
  forms: Map<string, number>;
  versions: Set<string>;
  occurrences: number;
  /** Single words: seen capitalised inside a prose sentence, and in lower case. */
  named: number;
  lower: number;
  /** Other spellings merged in ("NHS" into "National Health Service"). */
  aliases: string[];
  /** The acronym merged in, shown in the label: "National Health Service (NHS)". */
  acronym?: string;
  /** A label other than its own commonest form (a merged spelling more common than it). */
  label?: string;
};

type Word = Token & {
  written: string;
  /** In a headline: its capitals say nothing. */
  headline: boolean;
  /** Capitalised where only names are (inside a prose sentence), or an acronym. */
  nameLike: boolean;
  acronym: boolean;
  /** Opens a sentence. */
  initial: boolean;
};

/** One version's words, read for candidates, and where they go. */
type VersionReading = {
  words: readonly Word[];
  text: string;
  version: string;
  candidates: CandidateStore;
  /** Words written in lower case somewhere in the story. */
  lowerCase: ReadonlySet<string>;
};

// "Staff shortages" opening a sentence is written "staff shortages" elsewhere.
function lowerInitial(written: string, first: Word): string {
  return first.capitalized ? written.charAt(0).toLowerCase() + written.slice(1) : written;
}

/**
 * Every name and phrase of the story's versions that could be a suggestion,
 * seen at least MIN_KEPT times, with its written forms, versions and
 * occurrences.
 */
export function collectCandidates(comparison: Comparison): Candidate[] {
  const candidates = new CandidateStore();
  const read = comparison.versions.map((version) => readWords(version.text));
  // Words written in lower case somewhere: capitalised at a sentence's start, they are still words.
  const lowerCase = new Set<string>();
  for (const words of read)
    for (const word of words) if (!word.capitalized && !word.headline) lowerCase.add(word.norm);
  for (const pass of ["count", "collect"] as const) {
    comparison.versions.forEach((version, i) => {
      const reading = { words: read[i]!, text: version.text, version: version.id };
      collectNames({ ...reading, candidates, lowerCase });
      collectPhrases({ ...reading, candidates, lowerCase });
    });
    if (pass === "count") candidates.finishCounting();
  }
  return [...candidates.map.values()];
}

function readWords(text: string): Word[] {
  const headlines = new Map<number, boolean>();
  let lineStart = 0;
  let scanned = 0;
  return tokenize(text).map((token) => {
    // Lines are found as the tokens go, never by searching back from each one.
    for (; scanned < token.start; scanned += 1) if (text[scanned] === "\n") lineStart = scanned + 1;
    const written = text.slice(token.start, token.end).replace(/['’]s$/u, "");
    let headline = headlines.get(lineStart);
    if (headline === undefined)
      headlines.set(lineStart, (headline = inHeadline(text, token.start)));
    const letters = token.capitalized ? written.replace(/[^\p{L}]/gu, "") : "";
    const capitals = letters.length >= 2 && !/\p{Ll}/u.test(letters);
    // "NHS", "NATO", "U.S."; a longer word in capitals is shouted ("CARROW FALLS, March 3").
    const acronym = capitals && letters.length <= MAX_ACRONYM && !headline;
    const initial = token.capitalized && startsSentence(text, token.start);
    const nameLike = !headline && (acronym || (token.capitalized && !initial && !capitals));
    return { ...token, written, headline, nameLike, acronym, initial };
  });
}

// Only spaces between two words: no comma, dash or full stop breaks the run.
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/u.test(text.slice(a.end, b.start));
}

function isContent(word: Word): boolean {
  return (!word.stop || word.acronym) && !word.numeric && (word.norm.length >= 3 || word.acronym);
}

/**
 * The candidates of a story, gathered in two passes over its words: the
 * first only counts each key, the second keeps the keys seen at least
 * `MIN_KEPT` times. A big story has hundreds of thousands of word pairs
 * seen once; giving each its own record would cost seconds of collection.
 */
class CandidateStore {
  readonly map = new Map<string, Candidate>();
  private counts: Map<string, number> | null = new Map();
  private kept = new Set<string>();
  /** What a key not kept gets: written to, never read. */
  private readonly scratch = blank("phrase", []);

  /** Ends the counting pass. */
  finishCounting(): void {
    for (const [key, count] of this.counts ?? []) if (count >= MIN_KEPT) this.kept.add(key);
    this.counts = null;
  }

  /** The candidate under `key` (in the counting pass, or for a rare key, a scratch record). */
  get(key: string, kind: Candidate["kind"], words: () => string[]): Candidate {
    if (this.counts) {
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      return this.scratch;
    }
    if (!this.kept.has(key)) return this.scratch;
    let found = this.map.get(key);
    if (!found) this.map.set(key, (found = blank(kind, words())));
    return found;
  }

  /** Notes one occurrence of a candidate, in a version, written as `form` (null: not a form to show). */
  seen(c: Candidate, version: string, form: string | null): void {
    if (c === this.scratch) return;
    c.versions.add(version);
    c.occurrences += 1;
    if (form !== null) c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
  }
}

/** Keys seen fewer times than this get no record (see CandidateStore). */
export const MIN_KEPT = 2;

function blank(kind: Candidate["kind"], words: string[]): Candidate {
  return {
    kind,
    words,
    forms: new Map(),
    versions: new Set(),
    occurrences: 0,
    named: 0,
    lower: 0,
    aliases: [],
  };
}

// Single names and runs of capitalised words ("European Union", "Ministry of Defence").
function collectNames(reading: VersionReading): void {
  const { words, text, version, candidates, lowerCase } = reading;
  let i = 0;
  while (i < words.length) {
    // A run may open a sentence ("European leaders…" is not one, "European Union officials…" is).
    const first = words[i]!;
    // A sentence may open with a name ("European Union officials…"), not with a
    // word written in lower case elsewhere ("Across Europe…").
    const opensName =
      first.capitalized && !first.headline && !first.stop && !lowerCase.has(first.norm);
    if (!(first.nameLike || opensName)) {
      countSingle(first, version, candidates);
      i += 1;
      continue;
    }
    let end = i;
    while (end + 1 < words.length && end - i + 1 < MAX_NAME_WORDS) {
      const next = words[end + 1]!;
      if (!adjacent(text, words[end]!, next)) break;
      if (next.nameLike) end += 1;
      else if (
        NAME_JOINERS.has(next.norm) &&
        words[end + 2]?.nameLike &&
        adjacent(text, next, words[end + 2]!)
      )
        end += 2;
      else break;
    }
    const run = words.slice(i, end + 1);
    if (run.length >= 2 && run.slice(1).some((w) => w.nameLike)) {
      const written = text.slice(run[0]!.start, run.at(-1)!.end).replace(/['’]s$/u, "");
      const norms = run.map((w) => w.norm);
      const key = `name:${norms.join(" ")}`;
      candidates.seen(
        candidates.get(key, "name", () => norms),
        version,
        written,
      );
    } else {
      // A word alone: a name only if it is capitalised where names are, not a
      // word inside a longer name ("Health" in "National Health Service").
      for (const word of run) countSingle(word, version, candidates);
    }
    i = end + 1;
  }
}

function countSingle(word: Word, version: string, candidates: CandidateStore): void {
  if (!isContent(word)) return;
  const single = candidates.get(`name:${word.norm}`, "name", () => [word.norm]);
  candidates.seen(single, version, word.nameLike ? displayForm(word.written) : null);
  if (word.nameLike) single.named += 1;
  else if (!word.headline && !word.capitalized) single.lower += 1;
}

// Runs of two or three lower-case content words in prose ("security guarantees", "pressure on prices").
function collectPhrases(reading: VersionReading): void {
  const { words, text, version, candidates, lowerCase } = reading;
  // A possessive ("the county's emergency…") belongs to the phrase after it, never inside one.
  const plain = (w: Word) =>
    isContent(w) &&
    !w.stop &&
    !w.headline &&
    (!w.capitalized || (w.initial && lowerCase.has(w.norm))) &&
    w.written.length === w.end - w.start;
  const isPlain = words.map(plain);
  for (let i = 0; i < words.length; i += 1) {
    if (!isPlain[i]) continue;
    let content = 1;
    let j = i;
    while (content < MAX_PHRASE_WORDS && j + 1 < words.length) {
      const next = words[j + 1]!;
      if (!adjacent(text, words[j]!, next)) break;
      if (isPlain[j + 1]) {
        j += 1;
        content += 1;
        const run = words.slice(i, j + 1);
        const key = `phrase:${run.map((w, k) => (isPlain[i + k] ? w.stem : w.norm)).join(" ")}`;
        const written = lowerInitial(text.slice(run[0]!.start, next.end), run[0]!);
        const found = candidates.get(key, "phrase", () => run.map((w) => w.norm));
        candidates.seen(found, version, written);
      } else if (PHRASE_JOINERS.has(next.norm) && isPlain[j]) {
        j += 1;
      } else break;
    }
  }
}

/** The commonest written form, preferring one in mixed case to one in capitals ("Kyiv" over "KYIV"). */
export function labelOf(c: Candidate): string {
  let best = "";
  let bestScore = -1;
  for (const [form, count] of c.forms) {
    const shouting = form.length > 6 && !/\p{Ll}/u.test(form);
    const score = count * (shouting ? 0.01 : 1);
    if (score > bestScore || (score === bestScore && form < best))
      [best, bestScore] = [form, score];
  }
  return best || c.words.join(" ");
}

// "U.S" (the tokenizer leaves a final full stop to the sentence) → "U.S.".
function displayForm(written: string): string {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(written) ? `${written}.` : written;
}
