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
  const candidates = new Map<string, Candidate>();
  const read = comparison.versions.map((version) => readWords(version.text));
  // Words written in lower case somewhere: capitalised at a sentence's start, they are still words.
  const lowerCase = new Set<string>();
  for (const words of read)
    for (const word of words) if (!word.capitalized && !word.headline) lowerCase.add(word.norm);
  comparison.versions.forEach((version, i) => {
    collectNames(read[i]!, version.text, version.id, candidates, lowerCase);
    collectPhrases(read[i]!, version.text, version.id, candidates, lowerCase);
  });
  const kept = mergeSameThings(
    [...candidates.values()].filter(
      (c) => c.kind === "phrase" || c.words.length > 1 || isSingleName(c),
    ),
  ).filter((c) => c.versions.size >= MIN_VERSIONS && (c.kind === "name" || isNounPhrase(c)));
  const rarity = backgroundWeigher(vectors);
  const index = indexPassages(comparison);
  const chosen = withoutSubPhrases(kept);
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
const DEMONYM = /(?:ean|ian|ern|ese|ish)$/u;

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
  return tokenize(text).map((token) => {
    const written = text.slice(token.start, token.end).replace(/['’]s$/u, "");
    const lineStart = text.lastIndexOf("\n", token.start - 1) + 1;
    let headline = headlines.get(lineStart);
    if (headline === undefined)
      headlines.set(lineStart, (headline = inHeadline(text, token.start)));
    const letters = written.replace(/[^\p{L}]/gu, "");
    const acronym =
      letters.length >= 2 && letters.length <= 6 && !/\p{Ll}/u.test(letters) && !headline;
    const initial = startsSentence(text, token.start);
    const nameLike = !headline && (acronym || (token.capitalized && !initial));
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

function candidate(
  candidates: Map<string, Candidate>,
  key: string,
  kind: Candidate["kind"],
  words: string[],
): Candidate {
  const found = candidates.get(key);
  if (found) return found;
  const fresh: Candidate = {
    kind,
    words,
    forms: new Map(),
    versions: new Set(),
    occurrences: 0,
    named: 0,
    lower: 0,
    aliases: [],
  };
  candidates.set(key, fresh);
  return fresh;
}

function seen(c: Candidate, version: string, form: string | null): void {
  c.versions.add(version);
  c.occurrences += 1;
  if (form !== null) c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
}

// Single names and runs of capitalised words ("European Union", "Ministry of Defence").
function collectNames(
  words: readonly Word[],
  text: string,
  version: string,
  candidates: Map<string, Candidate>,
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
      seen(candidate(candidates, `name:${norms.join(" ")}`, "name", norms), version, written);
    } else {
      // A word alone: a name only if it is capitalised where names are, not a
      // word inside a longer name ("Health" in "National Health Service").
      for (const word of run) countSingle(word, version, candidates);
    }
    i = end + 1;
  }
}

function countSingle(word: Word, version: string, candidates: Map<string, Candidate>): void {
  if (!isContent(word)) return;
  const single = candidate(candidates, `name:${word.norm}`, "name", [word.norm]);
  seen(single, version, word.nameLike ? displayForm(word.written) : null);
  if (word.nameLike) single.named += 1;
  else if (!word.headline && !word.capitalized) single.lower += 1;
}

// Runs of two or three lower-case content words in prose ("security guarantees", "pressure on prices").
function collectPhrases(
  words: readonly Word[],
  text: string,
  version: string,
  candidates: Map<string, Candidate>,
  lowerCase: ReadonlySet<string>,
): void {
  // A possessive ("the county's emergency…") belongs to the phrase after it, never inside one.
  const plain = (w: Word) =>
    isContent(w) &&
    !w.stop &&
    !w.headline &&
    (!w.capitalized || (w.initial && lowerCase.has(w.norm))) &&
    w.written.length === w.end - w.start;
  for (let i = 0; i < words.length; i += 1) {
    if (!plain(words[i]!)) continue;
    const run: Word[] = [words[i]!];
    let j = i;
    while (run.filter(plain).length < MAX_PHRASE_WORDS && j + 1 < words.length) {
      const next = words[j + 1]!;
      if (!adjacent(text, words[j]!, next)) break;
      if (plain(next)) {
        run.push(next);
        j += 1;
        const content = run.filter(plain);
        if (content.length >= 2) {
          const key = `phrase:${run.map((w) => (plain(w) ? w.stem : w.norm)).join(" ")}`;
          const written = lowerInitial(text.slice(run[0]!.start, next.end), run[0]!);
          seen(
            candidate(
              candidates,
              key,
              "phrase",
              run.map((w) => w.norm),
            ),
            version,
            written,
          );
        }
      } else if (PHRASE_JOINERS.has(next.norm) && run.length > 0 && plain(words[j]!)) {
        run.push(next);
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
  const names = candidates.filter((c) => c.kind === "name" && c.words.length > 1);
  const merged = new Set<Candidate>();
  for (const single of candidates) {
    if (single.kind !== "name" || single.words.length !== 1) continue;
    const label = labelOf(single);
    const letters = label.replace(/[^\p{L}]/gu, "");
    const isAcronym = letters.length >= 2 && !/\p{Ll}/u.test(letters);
    const same = names
      .filter(
        (name) =>
          !merged.has(name) &&
          (isAcronym
            ? initials(name) === letters.toLowerCase()
            : name.words.at(-1) === single.words[0]),
      )
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
