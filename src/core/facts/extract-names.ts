/**
 * Capitalised names: people, places, organisations ("Ottawa", "European
 * Union", "U.S."). A capital at the start of a sentence or in a title-case
 * heading proves nothing, so such a word counts only when the story also
 * capitalises it mid-sentence somewhere (the story's context).
 */
import { tokenize, type Token } from "../text/tokenize.ts";
import type { NameFact } from "./types.ts";

/** What the whole story says about its words, so that one sentence can be read in its light. */
export type NameContext = {
  /** Folded words the story capitalises in the middle of a sentence (outside headings). */
  knownNames: ReadonlySet<string>;
};

const CALENDAR = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
// Words that join two capitalised words into one name: "Bank of England".
const NAME_JOINERS = new Set(["of", "de", "du", "van", "von", "der", "al"]);

/** Folds a name for comparison: "U.S." → "us", "Ukraine’s" → "ukraine". */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim();
}

// What comes before a word that starts a sentence: nothing, or closing punctuation.
const SENTENCE_START = /(^|[.!?:;]["'”’»)\]]*)\s*["'“‘«([]?\s*$/;
// A wire dateline opens the line: capitalised words, figures and an agency in brackets,
// then a dash ("MARLOW, March 12 (Wire) - Councillors…"); the story's first word follows.
const AFTER_DATELINE = /^(?:[\p{Lu}\d(][^\s]*\s+){1,8}[-–—]\s*$/u;

type Candidate = { token: Token; start: number; end: number; key: string; initial: boolean };

// Capitalised tokens of one line, with the hyphenated tail cut ("U.S.-led" → "U.S.").
function lineCandidates(text: string, from: number, to: number): Candidate[] {
  const tokens = tokenize(text, from, to).filter((t) => t.end <= to);
  const content = tokens.filter((t) => !t.stop && /\p{L}/u.test(t.norm));
  // A heading in title case: most content words capitalised.
  const heading =
    content.length > 0 &&
    content.length <= 15 &&
    content.filter((t) => t.capitalized).length >= 0.6 * content.length &&
    !/[.!?]["'”’]?\s*$/.test(text.slice(from, to));
  const out: Candidate[] = [];
  for (const token of tokens) {
    if (!token.capitalized || token.numeric || token.norm === "i") continue;
    const raw = text.slice(token.start, token.end);
    const cut = /^(.+?)-\p{Ll}/u.exec(raw);
    const kept = cut ? cut[1]! : raw.replace(/['’]s$/, "");
    // "U.S." keeps its last full stop (the tokenizer leaves it out).
    const dotted = !cut && kept.includes(".") && text[token.end] === ".";
    const end = token.start + kept.length + (dotted ? 1 : 0);
    const key = nameKey(text.slice(token.start, end));
    if (CALENDAR.has(key)) continue;
    const before = text.slice(from, token.start);
    const initial = heading || SENTENCE_START.test(before) || AFTER_DATELINE.test(before);
    // "Russian-Ukrainian" names two: each part is a name of its own.
    let at = token.start;
    for (const part of text.slice(token.start, end).split(/(?<=\p{L})-(?=\p{Lu})/u)) {
      out.push({ token, start: at, end: at + part.length, key: nameKey(part), initial });
      at += part.length + 1;
    }
  }
  return out;
}

/** The story's context for names: which words it capitalises mid-sentence. */
export function buildNameContext(texts: readonly string[]): NameContext {
  const knownNames = new Set<string>();
  for (const text of texts) {
    for (const line of text.matchAll(/[^\n]+/g)) {
      for (const c of lineCandidates(text, line.index, line.index + line[0].length)) {
        if (!c.initial) knownNames.add(c.key);
      }
    }
  }
  return { knownNames };
}

/** Finds the names in `text`; without a context, the text is its own context. */
export function extractNames(text: string, context?: NameContext): NameFact[] {
  const known = (context ?? buildNameContext([text])).knownNames;
  const facts: NameFact[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const candidates = lineCandidates(text, line.index, line.index + line[0].length).filter(
      (c) => !c.initial || known.has(c.key),
    );
    let current: Candidate[] = [];
    const flush = () => {
      if (current.length === 0) return;
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      const name = text.slice(start, end);
      facts.push({ kind: "name", start, end, text: name, key: nameKey(name) });
      current = [];
    };
    for (const candidate of candidates) {
      const previous = current[current.length - 1];
      const gap = previous ? text.slice(previous.end, candidate.start) : "";
      const joined =
        previous &&
        previous.end === previous.token.end &&
        (gap === " " || (/^ (\p{L}+) $/u.test(gap) && NAME_JOINERS.has(gap.trim().toLowerCase())));
      if (!joined) flush();
      current.push(candidate);
    }
    flush();
  }
  return facts;
}
