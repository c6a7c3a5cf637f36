/**
 * Bounded units for any text. A unit's cost in the paraphrase layer grows
 * with the square of its words (soft alignment compares every word with
 * every word), so a text without sentence punctuation, one "sentence" of
 * 100,000 words, took minutes or overflowed the stack. A span longer than
 * MAX_UNIT_WORDS is cut into pieces of at most that many words: at a
 * semicolon, colon or dash when there is one, else at a comma, else before a
 * conjunction, else evenly at a word boundary. Deterministic; the pieces
 * cover the span in order and lose only the whitespace between them.
 */
import type { Span } from "./segment-sentences.ts";

/**
 * Most words in one unit. The longest clause in the bundled and evaluation
 * stories has 47 words, and news sentences rarely pass 60; twice that leaves
 * real text untouched while bounding a unit's soft alignment at 100 × 100
 * word pairs, so a version's cost grows linearly with its length.
 */
export const MAX_UNIT_WORDS = 100;

/** A word's place in the text (a token's offsets are enough). */
type WordSpan = { readonly start: number; readonly end: number };

// Where a cut is best made: after strong punctuation, after a comma, before
// a conjunction; anywhere else only when nothing better is in reach.
const STRONG = /[;:—–；：]/u;
const COMMA = /[,،、，]/u;
const CONJUNCTIONS = new Set(
  "and but or nor yet so while whereas although though because since when where which who".split(
    " ",
  ),
);

/**
 * Cuts `span` of `text` into pieces of at most `maxWords` of its `words`
 * (the words inside the span, in order); a span within the bound comes back whole.
 */
export function cutLongSpan(
  text: string,
  span: Span,
  words: readonly WordSpan[],
  maxWords = MAX_UNIT_WORDS,
): Span[] {
  if (words.length <= maxWords) return [span];
  const least = Math.max(1, Math.floor(maxWords / 2));
  const pieces: Span[] = [];
  let first = 0;
  let start = span.start;
  while (words.length - first > maxWords) {
    const cut = first + chooseCut(text, words, first, least, maxWords);
    // The piece keeps the punctuation glued to its last word; whitespace goes.
    let end = words[cut - 1]!.end;
    const next = words[cut]!.start;
    while (end < next && !/\s/u.test(text[end]!)) end += 1;
    pieces.push({ start, end });
    start = end;
    while (start < next && /\s/u.test(text[start]!)) start += 1;
    first = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

// How many words the next piece takes: the latest best break that leaves both
// it and the rest at least `least` words, or an even share when there is none.
function chooseCut(
  text: string,
  words: readonly WordSpan[],
  first: number,
  least: number,
  maxWords: number,
): number {
  const remaining = words.length - first;
  const most = Math.min(maxWords, remaining - least);
  let best = 0;
  let bestRank = 0;
  for (let size = least; size <= most; size += 1) {
    const rank = breakRank(text, words[first + size - 1]!, words[first + size]!);
    if (rank > 0 && rank >= bestRank) {
      best = size;
      bestRank = rank;
    }
  }
  if (best > 0) return best;
  return Math.ceil(remaining / Math.ceil(remaining / maxWords));
}

function breakRank(text: string, before: WordSpan, after: WordSpan): number {
  const gap = text.slice(before.end, after.start);
  if (STRONG.test(gap)) return 3;
  if (COMMA.test(gap)) return 2;
  return CONJUNCTIONS.has(text.slice(after.start, after.end).toLowerCase()) ? 1 : 0;
}
