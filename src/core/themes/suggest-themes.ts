/**
 * Suggested themes for a story that has none: the words and names that
 * distinguish some of its passages from the rest, gathered into a few
 * threads by meaning and by appearing together. A reader can rename, merge
 * or delete them; they are a starting point, not a verdict.
 */
import type { Comparison } from "../align/types.ts";
import type { Theme } from "../story-format.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import type { WordVectors } from "../vectors/word-vectors.ts";
import { backgroundWeigher } from "../align/word-weights.ts";

/** At most this many suggestions. */
const MAX_THEMES = 8;
/** Words per suggested theme. */
const MAX_TERMS = 6;
/** Words this close in meaning (WordTable's scale) join one theme. */
const JOIN_MEANING = 0.4;
/** A term must appear in at least this many passages, and in two versions. */
const MIN_PASSAGES = 3;
/** …and in at most this share of the passages: a word everywhere is the story's subject, not a thread in it. */
const MAX_SHARE = 0.35;

type Candidate = {
  stem: string;
  /** The word as it is compared ("sanctions"). */
  surface: string;
  /** The word as a label shows it: a name keeps its capitals ("Ottawa"). */
  display: string;
  passages: Set<number>;
  versions: Set<string>;
  name: boolean;
  score: number;
};

/** Suggests up to MAX_THEMES themes from a comparison's passages. */
export function suggestThemes(comparison: Comparison, vectors: WordVectors | null): Theme[] {
  const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
  const candidates = new Map<string, Candidate>();
  comparison.passages.forEach((passage, index) => {
    const tokens = tokenize(textOf.get(passage.version) ?? "", passage.start, passage.end);
    tokens.forEach((token, i) => {
      const written = (textOf.get(passage.version) ?? "").slice(token.start, token.end);
      // Two-letter words are noise ("ex", "vs") unless written in capitals:
      // "EU", "UN" (scripts without case have no capitals, so no acronyms).
      const shortAcronym =
        token.norm.length === 2 && /\p{Lu}/u.test(written) && !/\p{Ll}/u.test(written);
      if (token.stop || token.numeric || (token.norm.length < 3 && !shortAcronym)) return;
      const candidate = candidates.get(token.stem) ?? {
        stem: token.stem,
        surface: token.norm,
        display: token.norm,
        passages: new Set<number>(),
        versions: new Set<string>(),
        name: false,
        score: 0,
      };
      candidate.passages.add(index);
      candidate.versions.add(passage.version);
      // A name: capitalised inside a sentence, or capitals after the first
      // letter wherever it stands (an acronym: "U.S.", "NATO"). A spelling in
      // capitals ("KYIV" in a dateline) gives way to one in mixed case.
      const acronym = /\p{Lu}/u.test(written.slice(1));
      const shouting = (word: string) => !/\p{Ll}/u.test(word);
      if (
        ((token.capitalized && i > 0) || acronym) &&
        (!candidate.name || (shouting(candidate.display) && !shouting(written)))
      ) {
        candidate.name = true;
        candidate.display = acronym && shouting(written) ? acronymLabel(written) : written;
      }
      if (isBetterSurface(token, candidate.surface)) candidate.surface = token.norm;
      candidates.set(token.stem, candidate);
    });
  });
  const total = Math.max(1, comparison.passages.length);
  // Rarity in news English: "officials", "Sunday" and "leaders" are everywhere;
  // "sanctions", "reconstruction" and names mark a thread.
  const rarity = backgroundWeigher(vectors);
  const ranked = [...candidates.values()]
    .filter(
      (c) =>
        c.passages.size >= MIN_PASSAGES &&
        c.versions.size >= 2 &&
        c.passages.size / total <= MAX_SHARE,
    )
    .map((c) => ({
      ...c,
      score:
        c.passages.size *
        Math.log(total / c.passages.size) *
        rarity(c.surface, c.stem) *
        (c.name ? 1.3 : 1),
    }))
    .sort((a, b) => b.score - a.score || (a.stem < b.stem ? -1 : 1));
  return gatherThemes(ranked, new WordTable(vectors));
}

function gatherThemes(ranked: readonly Candidate[], table: WordTable): Theme[] {
  const used = new Set<string>();
  const themes: Theme[] = [];
  for (const seed of ranked) {
    if (themes.length === MAX_THEMES) break;
    if (used.has(seed.stem)) continue;
    used.add(seed.stem);
    const members = [seed];
    const seedId = table.idOf(seed.surface);
    for (const other of ranked) {
      if (members.length === MAX_TERMS || used.has(other.stem)) continue;
      const close = table.similarity(seedId, table.idOf(other.surface)) >= JOIN_MEANING;
      if (close || together(seed, other)) {
        members.push(other);
        used.add(other.stem);
      }
    }
    const label = seed.name ? seed.display : capitalise(seed.surface);
    themes.push({
      id: `suggested-${slug(seed.surface)}`,
      label,
      description: `Suggested from the text: ${members.map((m) => m.surface).join(", ")}`,
      terms: members.map((m) => m.surface),
    });
  }
  return themes;
}

// Two words travel together when most passages with the rarer one have the other.
function together(a: Candidate, b: Candidate): boolean {
  const [small, large] = a.passages.size <= b.passages.size ? [a, b] : [b, a];
  let shared = 0;
  for (const p of small.passages) if (large.passages.has(p)) shared += 1;
  return shared / small.passages.size >= 0.7;
}

// Prefers the plain form of a word ("sanctions" over "sanctioned"): the shortest seen.
function isBetterSurface(token: Token, current: string): boolean {
  return token.norm.length < current.length;
}

// "U.S" (the tokenizer leaves a final full stop to the sentence) → "U.S.".
function acronymLabel(written: string): string {
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(written) ? `${written}.` : written;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function slug(word: string): string {
  return (
    word
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "theme"
  );
}
