/**
 * Words with exact offsets, folded for comparison. Every later stage
 * (verbatim n-grams, paraphrase features, themes) works on these tokens,
 * so what counts as "the same word" is decided here once: case, curly and
 * straight apostrophes, and light (Porter) stemming are folded; stopwords
 * are flagged rather than dropped, so offsets stay whole.
 */
import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.ts";

/** One word of a text. */
export type Token = {
  /** UTF-16 offset of the first character in the text. */
  start: number;
  /** UTF-16 offset just after the last character. */
  end: number;
  /** Lowercased, apostrophes and dashes folded, possessive ’s removed: "ukraine". */
  norm: string;
  /** Porter stem of `norm` for Latin-script words; `norm` otherwise: "sovereignti". */
  stem: string;
  /** A function word or news filler ("the", "said"). */
  stop: boolean;
  /** Contains a digit ("2024", "3.5"). */
  numeric: boolean;
  /** Starts with a capital letter (a hint for names; sentence-initial words included). */
  capitalized: boolean;
};

const CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
const LETTER = `(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])`;
/**
 * A word: letters/marks/digits joined across inner apostrophes, hyphens and
 * full stops (and commas between digits: "2,500"); CJK one character each.
 */
export const WORD_PATTERN = new RegExp(
  `[${CJK}]|${LETTER}+(?:(?:['’.\\-‐‑]|(?<=\\p{N}),(?=\\p{N}))${LETTER}+)*`,
  "gu",
);

const APOSTROPHES = /[’‘ʼ]/g;
const DASHES = /[‐‑]/g;
const LATIN_WORD = /^[a-z][a-z'-]*$/;
const POSSESSIVE = /'s$/;

/** Splits text into word tokens with offsets and folded forms. */
export function tokenize(text: string, offset = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(WORD_PATTERN.source, "gu");
  pattern.lastIndex = offset;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null && match.index < end) {
    const raw = match[0];
    const norm = normalizeWord(raw);
    tokens.push({
      start: match.index,
      end: match.index + raw.length,
      norm,
      stem: stemWord(norm),
      stop: STOPWORDS.has(norm),
      numeric: /\p{N}/u.test(raw),
      capitalized: /^\p{Lu}/u.test(raw),
    });
  }
  return tokens;
}

/** Folds a word for comparison: lowercase, straight apostrophes and hyphens, no possessive. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, "-").replace(POSSESSIVE, "");
}

const stemCache = new Map<string, string>();

/** Porter stem for plain Latin-script words; other words are their own stem. */
export function stemWord(norm: string): string {
  if (!LATIN_WORD.test(norm) || norm.length < 4) return norm;
  let stem = stemCache.get(norm);
  if (stem === undefined) {
    stem = norm.includes("-")
      ? norm
          .split("-")
          .map((part) => stemmer(part))
          .join("-")
      : stemmer(norm);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(norm, stem);
  }
  return stem;
}
