/**
 * Suggested themes for a story that has none: the threads a person would
 * write down after reading it — named things ("National Health Service",
 * "Kyiv") and recurring phrases ("security guarantees") that several
 * versions use, in some passages but not most. Not single ordinary words
 * ("Ruled", "Care"), not words a headline shouts ("RULE"), not possessives
 * ("NHS's"): those are what a word count finds, not what a reader names.
 * One thing said two ways is one suggestion ("National Health Service" and
 * "NHS"; "Trudeau" and "Justin Trudeau"). A reader can rename, merge or
 * delete them; they are a starting point, not a verdict.
 */
import { backgroundWeigher } from "../align/word-weights.ts";
import type { Comparison } from "../align/types.ts";
import type { Theme } from "../story-format.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { inHeadline, startsSentence } from "./read-words.ts";
import { indexPassages, tagIndexedPassages, termCounts } from "./tag-passages.ts";

/** At most this many suggestions. */
export const MAX_SUGGESTIONS = 10;
/** A suggestion must tag at least this many passages… */
const MIN_PASSAGES = 3;
/** …in at least this many versions… */
const MIN_VERSIONS = 2;
/** …and its words appear in at most this share of passages: one in most passages filters nothing. */
export const MAX_SUGGESTION_SHARE = 0.5;
/** Short words that may join the words of a name ("Ministry of Defence"). */
const NAME_JOINERS = new Set(["of", "for", "de", "du", "la", "von", "van"]);
/** Short words that may join the words of a phrase ("pressure on prices"). */
const PHRASE_JOINERS = new Set(["of", "on", "for", "to"]);
/** Longest phrase, in content words, and longest name, in words. */
const MAX_PHRASE_WORDS = 3;
const MAX_NAME_WORDS = 5;
/** Longest acronym, in letters: a longer word in capitals is shouted, not an acronym. */
const MAX_ACRONYM = 4;
/** A single capitalised word is a name when it is written in lower case at most this share of the time. */
const MAX_LOWER_SHARE = 0.25;

/** A suggested theme, with how many passages and versions it tags. */
export type SuggestedTheme = Theme & { passages: number; versions: number };

type Candidate = {
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

// "Staff shortages" opening a sentence is written "staff shortages" elsewhere.
function lowerInitial(written: string, first: Word): string {
  return first.capitalized ? written.charAt(0).toLowerCase() + written.slice(1) : written;
}

/** Suggests up to MAX_SUGGESTIONS themes, best first, each with its passage and version counts. */
export function suggestThemes(
  comparison: Comparison,
  vectors: WordVectors | null,
): SuggestedTheme[] {
  const candidates = new CandidateStore();
  const read = comparison.versions.map((version) => readWords(version.text));
  // Words written in lower case somewhere: capitalised at a sentence's start, they are still words.
  const lowerCase = new Set<string>();
  for (const words of read)
    for (const word of words) if (!word.capitalized && !word.headline) lowerCase.add(word.norm);
  for (const pass of ["count", "collect"] as const) {
    comparison.versions.forEach((version, i) => {
      collectNames(read[i]!, version.text, version.id, candidates, lowerCase);
      collectPhrases(read[i]!, version.text, version.id, candidates, lowerCase);
    });
    if (pass === "count") candidates.finishCounting();
  }
  const kept = mergeSameThings(
    [...candidates.map.values()].filter(
      (c) => c.kind === "phrase" || c.words.length > 1 || isSingleName(c),
    ),
  ).filter((c) => c.versions.size >= MIN_VERSIONS && (c.kind === "name" || isNounPhrase(c)));
  const rarity = backgroundWeigher(vectors);
  const index = indexPassages(comparison);
  const chosen = withoutSubPhrases(shortlist(kept, rarity, comparison.versions.length));
  const themes = uniqueIds(chosen.map(toTheme));
  const tags = tagIndexedPassages(index, themes, vectors);
  const total = Math.max(1, comparison.passages.length);
  const scored = themes.flatMap((theme, i) => {
    const candidate = chosen[i]!;
    const tagged = new Set<number>();
    const versions = new Set<string>();
    tags.forEach((ids, p) => {
      if (!ids.includes(theme.id)) return;
      tagged.add(p);
      versions.add(comparison.passages[p]!.version);
    });
    const literal = termCounts(index, theme).reduce((most, t) => Math.max(most, t.passages), 0);
    if (tagged.size < MIN_PASSAGES || versions.size < MIN_VERSIONS) return [];
    if (literal / total > MAX_SUGGESTION_SHARE || tagged.size / total > MAX_SUGGESTION_SHARE)
      return [];
    const contentWords = candidate.words.filter((w) => !PHRASE_JOINERS.has(w));
    const rare =
      contentWords.reduce((sum, w) => sum + rarity(w, w), 0) / Math.max(1, contentWords.length);
    const score = Math.log(1 + tagged.size) * rare * (versions.size / comparison.versions.length);
    const suggestion = { ...theme, passages: tagged.size, versions: versions.size };
    return [{ theme: suggestion, kind: candidate.kind, score, i }];
  });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return alternate(
    scored.filter((s) => s.kind === "name").map((s) => s.theme),
    scored.filter((s) => s.kind === "phrase").map((s) => s.theme),
  ).slice(0, MAX_SUGGESTIONS);
}

/** Candidates of each kind tagged and ranked in full: tagging costs a pass over the passages each. */
const SHORTLIST = 40;

// The likeliest candidates of each kind, by a cheap score (occurrences,
// versions, rarity of their words); a big story has thousands of phrases.
function shortlist(
  candidates: readonly Candidate[],
  rarity: (norm: string, stem: string) => number,
  versionCount: number,
): Candidate[] {
  const cheap = (c: Candidate) =>
    (Math.log(1 + c.occurrences) *
      (c.versions.size / versionCount) *
      c.words.reduce((sum, w) => sum + rarity(w, w), 0)) /
    c.words.length;
  const best = (kind: Candidate["kind"]) =>
    candidates
      .filter((c) => c.kind === kind && c.occurrences >= MIN_KEPT)
      .map((c) => ({ c, score: cheap(c) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, SHORTLIST)
      .map(({ c }) => c);
  return [...best("name"), ...best("phrase")];
}

// Names and phrases in turn, each list best first: a story's people and
// places would otherwise crowd out what is said about them.
function alternate<T>(names: readonly T[], phrases: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < Math.max(names.length, phrases.length); i += 1) {
    if (i < names.length) out.push(names[i]!);
    if (i < phrases.length) out.push(phrases[i]!);
  }
  return out;
}

/** Endings of adjectives of peoples and places: "European", "Canadian", "Western", "Chinese", "British". */
const DEMONYM = /(?:ean|ian|ern|ese|ish)s?$/u;

/**
 * Days and months are capitalised but are not threads of a story.
 */
const CALENDAR_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/**
 * A phrase that names something ends in a noun ("security guarantees"), not
 * in an adjective or participle ("renewed diplomatic", "reflect growing"),
 * and does not open with an adverb. English suffixes are the cheap test.
 */
function isNounPhrase(c: Candidate): boolean {
  const last = c.words.at(-1)!;
  const first = c.words[0]!;
  return !/(?:ed|ing|ic|al|ive|ous|ful|less|able|ible|ly)$/u.test(last) && !/ly$/u.test(first);
}

// Two suggestions may slug alike ("U.S." and "US"): later ones get a number.
function uniqueIds(themes: Theme[]): Theme[] {
  const used = new Set<string>();
  return themes.map((theme) => {
    let id = theme.id;
    for (let n = 2; used.has(id); n += 1) id = `${theme.id}-${n}`;
    used.add(id);
    return { ...theme, id };
  });
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
const MIN_KEPT = 2;

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
function collectNames(
  words: readonly Word[],
  text: string,
  version: string,
  candidates: CandidateStore,
  lowerCase: ReadonlySet<string>,
): void {
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
function collectPhrases(
  words: readonly Word[],
  text: string,
  version: string,
  candidates: CandidateStore,
  lowerCase: ReadonlySet<string>,
): void {
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

function isSingleName(c: Candidate): boolean {
  if (c.named === 0 || CALENDAR_WORDS.has(c.words[0]!)) return false;
  return c.lower <= (c.named + c.lower) * MAX_LOWER_SHARE;
}

// "NHS" into "National Health Service"; "Trudeau" into "Justin Trudeau".
function mergeSameThings(candidates: Candidate[]): Candidate[] {
  // Longer names by their initials and by their last word, to look them up at once.
  const byInitials = new Map<string, Candidate[]>();
  const byLastWord = new Map<string, Candidate[]>();
  for (const name of candidates) {
    if (name.kind !== "name" || name.words.length < 2) continue;
    pushTo(byInitials, initials(name), name);
    pushTo(byLastWord, name.words.at(-1)!, name);
  }
  const merged = new Set<Candidate>();
  for (const single of candidates) {
    if (single.kind !== "name" || single.words.length !== 1) continue;
    const label = labelOf(single);
    const letters = label.replace(/[^\p{L}]/gu, "");
    const isAcronym = letters.length >= 2 && !/\p{Ll}/u.test(letters);
    const same = (
      (isAcronym ? byInitials.get(letters.toLowerCase()) : byLastWord.get(single.words[0]!)) ?? []
    )
      .filter((name) => !merged.has(name))
      .sort((a, b) => b.occurrences - a.occurrences);
    const into = same[0];
    if (!into) continue;
    if (isAcronym) into.acronym ??= label;
    // Every longer name ending in the same word is the same person or body,
    // and the label is its commonest spelling ("Okafor", not "Fire Chief Renata Okafor").
    if (!isAcronym && single.occurrences > into.occurrences) into.label = labelOf(single);
    for (const other of [...same.slice(1), single]) {
      into.aliases.push(labelOf(other));
      for (const v of other.versions) into.versions.add(v);
      into.occurrences += other.occurrences;
      merged.add(other);
    }
  }
  mergeDemonyms(candidates, merged);
  // An adjective of a people or place left on its own ("Western", "European")
  // describes other things ("Western allies"); it is not a thread itself.
  return candidates.filter(
    (c) =>
      !merged.has(c) && !(c.kind === "name" && c.words.length === 1 && DEMONYM.test(c.words[0]!)),
  );
}

// "Canadian" into "Canada", "Russian" into "Russia", "European" into "Europe".
function mergeDemonyms(candidates: Candidate[], merged: Set<Candidate>): void {
  const singles = candidates.filter(
    (c) => c.kind === "name" && c.words.length === 1 && !merged.has(c),
  );
  const byWord = new Map(singles.map((c) => [c.words[0]!, c]));
  for (const adjective of singles) {
    const word = adjective.words[0]!;
    const match = /^(.+?)(?:ian|an|n|ese|ish|i)$/u.exec(word);
    if (!match) continue;
    const base = match[1]!;
    const noun = [base, `${base}a`, `${base}e`, `${base}o`, `${base}y`]
      .map((w) => byWord.get(w))
      .find((c) => c !== undefined && c !== adjective && !merged.has(c));
    if (!noun) continue;
    noun.aliases.push(labelOf(adjective));
    for (const v of adjective.versions) noun.versions.add(v);
    noun.occurrences += adjective.occurrences;
    merged.add(adjective);
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function initials(name: Candidate): string {
  return name.words
    .filter((w) => !NAME_JOINERS.has(w))
    .map((w) => w.charAt(0))
    .join("");
}

// A phrase inside a longer one ("renewed aggression" in "prevent renewed aggression"): the shorter stays.
function withoutSubPhrases(candidates: Candidate[]): Candidate[] {
  const phrases = candidates.filter((c) => c.kind === "phrase");
  const contains = (long: Candidate, short: Candidate) =>
    long.words.length > short.words.length &&
    ` ${long.words.join(" ")} `.includes(` ${short.words.join(" ")} `);
  return candidates.filter((c) => c.kind !== "phrase" || !phrases.some((p) => contains(c, p)));
}

function toTheme(c: Candidate): Theme {
  const own = labelOf(c);
  const label = c.label ?? own;
  const terms = [own, ...c.aliases];
  const theme: Theme = {
    id: `suggested-${slug(label)}`,
    label: c.acronym ? `${label} (${c.acronym})` : capitalise(label),
    description: `Suggested from the text: ${terms.map((t) => `“${t}”`).join(", ")}`,
    terms,
  };
  return theme;
}

// The commonest written form, preferring one in mixed case to one in capitals ("Kyiv" over "KYIV").
function labelOf(c: Candidate): string {
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "theme"
  );
}
