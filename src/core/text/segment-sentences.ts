/**
 * Sentences with exact offsets. Written by rule rather than with
 * Intl.Segmenter, which splits "U.S. officials" and "Gen. Smith", differs
 * between engines, and is quadratic on long strings in Node 20.
 * Paragraphs (lines) are segmented one at a time; a line without end
 * punctuation (a heading, a list item) is one sentence.
 */
import { STOPWORDS } from "./stopwords.ts";

/** A span of text: UTF-16 offsets, `end` exclusive. */
export type Span = { start: number; end: number };

// Abbreviations after which a full stop never ends a sentence.
const TITLES = new Set(
  "mr mrs ms dr prof gen lt col sgt capt cmdr adm maj gov sen rep pres amb rev hon st fr sr jr mt ft vs no nos vol fig approx dept est inc".split(
    " ",
  ),
);
const MONTHS = new Set("jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
// Abbreviations that can end a sentence but usually don't.
const SOFT = new Set("etc ltd co corp bros e.g i.e a.m p.m cf al".split(" "));

// End punctuation (Arabic ؟ and ۔, Devanagari । and ॥ too), then closing
// quotes or brackets, then a space; or a full-width stop, which needs no
// space after it (but "．" between digits is a decimal point: "３．５").
const CANDIDATE = /[.!?…؟۔।॥]+["'”’»)\]]*(?=\s)|(?:[。！？]|．(?!\p{Nd}))+["'”’」』)）\]]*/gu;
const NEXT_WORD = /^\s+(["'“‘«([]?)(\p{L}[\p{L}'’-]*|\p{N}+)?/u;
const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;

// The word a full stop at `dot` ends ("U.S" for "U.S."), by scanning back:
// a regex anchored at the end would rescan the line for every full stop.
function wordBefore(line: string, dot: number): string {
  let start = dot;
  while (start > 0 && WORD_CHAR.test(line[start - 1]!)) start -= 1;
  return line.slice(start, dot);
}

/** Splits a text into sentence spans, trimmed, in order; whitespace between them is left out. */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  const lines = /[^\n]+/g;
  let line: RegExpExecArray | null;
  while ((line = lines.exec(text)) !== null) {
    segmentLine(text, line.index, line.index + line[0].length, spans);
  }
  return spans;
}

function segmentLine(text: string, from: number, to: number, out: Span[]): void {
  const lineText = text.slice(from, to);
  let start = 0;
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(lineText)) !== null) {
    const end = match.index + match[0].length;
    if (isBoundary(lineText, match.index, match[0], end)) {
      pushTrimmed(text, from + start, from + end, out);
      start = end;
    }
  }
  pushTrimmed(text, from + start, to, out);
}

function isBoundary(line: string, at: number, punctuation: string, end: number): boolean {
  const next = NEXT_WORD.exec(line.slice(end));
  const nextWord = next?.[2] ?? "";
  const opensQuote = (next?.[1] ?? "") !== "";
  if (/[。！？．]/u.test(punctuation)) return true;
  // The next sentence starts with a capital, a digit, an opening quote, or a
  // letter of a script without case (Arabic, Hebrew, Devanagari…).
  if (!opensQuote && !/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(nextWord)) return false;
  // Only a lone full stop can belong to an abbreviation.
  if (!/^\.["'”’»)\]]*$/u.test(punctuation)) return true;
  const before = wordBefore(line, at).toLowerCase();
  const bare = before.replace(/\.$/, "");
  if (TITLES.has(bare)) return false;
  if (MONTHS.has(bare)) return !/^\p{N}/u.test(nextWord);
  // A single initial ("J. Smith") or a dotted acronym ("U.S.", "U.N.").
  const initial = /^\p{L}$/u.test(bare);
  const acronym = /^(\p{L}\.)+\p{L}$/u.test(bare);
  if (initial || acronym || SOFT.has(bare)) {
    // Ends the sentence only when what follows reads as a new sentence.
    return opensQuote || STOPWORDS.has(nextWord.toLowerCase().replace(/’/g, "'"));
  }
  return true;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end > start) out.push({ start, end });
}
