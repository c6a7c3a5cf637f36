/**
 * Candidates that are the same thing become one ("NHS" and "National
 * Health Service"; "Trudeau" and "Justin Trudeau"; "Canadian" and
 * "Canada"), and candidates that are not threads are left out: ordinary
 * capitalised words, days and months, lone adjectives of peoples, phrases
 * that end in an adjective, and phrases inside a shorter candidate's.
 */
import { labelOf, NAME_JOINERS, type Candidate } from "./suggestion-candidates.ts";

/** A single capitalised word is a name when it is written in lower case at most this share of the time. */
const MAX_LOWER_SHARE = 0.25;

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
export function isNounPhrase(c: Candidate): boolean {
  const last = c.words.at(-1)!;
  const first = c.words[0]!;
  return !/(?:ed|ing|ic|al|ive|ous|ful|less|able|ible|ly)$/u.test(last) && !/ly$/u.test(first);
}

/** Whether a single capitalised word is a name: capitalised where names are, rarely in lower case, not a day or month. */
export function isSingleName(c: Candidate): boolean {
  if (c.named === 0 || CALENDAR_WORDS.has(c.words[0]!)) return false;
  return c.lower <= (c.named + c.lower) * MAX_LOWER_SHARE;
}

/**
 * Merges what is one thing ("NHS" into "National Health Service";
 * "Trudeau" into "Justin Trudeau"; "Canadian" into "Canada") and drops lone
 * adjectives of peoples; returns the candidates left.
 */
export function mergeSameThings(candidates: Candidate[]): Candidate[] {
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

/** Drops a phrase that contains a shorter candidate phrase ("prevent renewed aggression" for "renewed aggression"). */
export function withoutSubPhrases(candidates: Candidate[]): Candidate[] {
  const phrases = candidates.filter((c) => c.kind === "phrase");
  const contains = (long: Candidate, short: Candidate) =>
    long.words.length > short.words.length &&
    ` ${long.words.join(" ")} `.includes(` ${short.words.join(" ")} `);
  return candidates.filter((c) => c.kind !== "phrase" || !phrases.some((p) => contains(c, p)));
}
