/**
 * Quoted words given without quotation marks: a version that says "Lind
 * said we will not let the quay fall" instead of quoting her. Found with a
 * word index per version, not a scan per quotation.
 */
import { normalizeWord, WORD_PATTERN } from "../text/tokenize.ts";

// Shorter quotations are not looked for: a few common words would match anywhere.
const MIN_WORDS = 3;

/** A version's words, folded as quotations are, with where each word occurs. */
export type PlainWords = {
  words: string[];
  spans: { start: number; end: number }[];
  at: Map<string, number[]>;
};

/** Reads a version's words once, for every quotation looked for in it. */
export function plainWords(text: string): PlainWords {
  const words: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const at = new Map<string, number[]>();
  for (const match of text.matchAll(new RegExp(WORD_PATTERN.source, "gu"))) {
    const word = normalizeWord(match[0]);
    const list = at.get(word);
    if (list) list.push(spans.length);
    else at.set(word, [spans.length]);
    words.push(word);
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return { words, spans, at };
}

/**
 * Where `words` run, in order, in a version's text outside its quotations:
 * a version that gives the quoted words as its own. Quotations of fewer than
 * three words are not looked for (common words would match anywhere).
 */
export function findUnmarked(
  text: string,
  plain: PlainWords,
  words: readonly string[],
  quoted: readonly { start: number; end: number }[],
): { start: number; end: number; text: string } | null {
  if (words.length < MIN_WORDS) return null;
  for (const first of plain.at.get(words[0]!) ?? []) {
    const runs = words.every((word, k) => plain.words[first + k] === word);
    if (!runs) continue;
    const start = plain.spans[first]!.start;
    const end = plain.spans[first + words.length - 1]!.end;
    if (quoted.some((q) => start < q.end && q.start < end)) continue;
    return { start, end, text: text.slice(start, end) };
  }
  return null;
}
