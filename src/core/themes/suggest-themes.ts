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
import type { WordVectors } from "../vectors/word-vectors.ts";
import {
  isNounPhrase,
  isSingleName,
  mergeSameThings,
  withoutSubPhrases,
} from "./merge-candidates.ts";
import {
  collectCandidates,
  labelOf,
  MIN_KEPT,
  PHRASE_JOINERS,
  type Candidate,
} from "./suggestion-candidates.ts";
import { indexPassages, tagIndexedPassages, termCounts } from "./tag-passages.ts";

/** At most this many suggestions. */
export const MAX_SUGGESTIONS = 10;
/** A suggestion must tag at least this many passages… */
const MIN_PASSAGES = 3;
/** …in at least this many versions… */
const MIN_VERSIONS = 2;
/** …and its words appear in at most this share of passages: one in most passages filters nothing. */
export const MAX_SUGGESTION_SHARE = 0.5;

/** A suggested theme, with how many passages and versions it tags. */
export type SuggestedTheme = Theme & { passages: number; versions: number };

/** Suggests up to MAX_SUGGESTIONS themes, best first, each with its passage and version counts. */
export function suggestThemes(
  comparison: Comparison,
  vectors: WordVectors | null,
): SuggestedTheme[] {
  const kept = mergeSameThings(
    collectCandidates(comparison).filter(
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
