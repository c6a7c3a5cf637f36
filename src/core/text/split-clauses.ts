/**
 * Clauses within a sentence, for sentences that carry more than one claim
 * ("Canada is said to have underlined its continued backing for Ukraine,
 * while also recognising the importance of staying aligned with its
 * allies"). News sentences join claims
 * at semicolons, colons, dashes and a small set of comma-led connectives;
 * each piece that is long enough to say something becomes a clause.
 */
import type { Span } from "./segment-sentences.ts";

/**
 * A clause needs at least this many words to stand alone; shorter pieces
 * join a neighbour. A shorter piece ("European leaders, meanwhile, expressed
 * caution,") carries one or two telling words, and matching on those alone
 * links texts that merely share a word (decision 010 has the figures).
 */
export const MIN_CLAUSE_WORDS = 8;
/** Two dashes this close enclose an aside ("— if they occur —"), not a new clause. */
const MAX_ASIDE_WORDS = 8;
/** ", and" after a stretch this short since the last comma continues a list. */
const MAX_LIST_ITEM_WORDS = 4;

// Words that, after a comma, start a new claim rather than continue a list.
const CONNECTIVES = [
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "yet",
  "and",
  "as",
  "amid",
  "with",
  "arguing",
  "noting",
  "urging",
  "saying",
  "adding",
  "warning",
  "stressing",
  "insisting",
  "reflecting",
  "highlighting",
  "signaling",
  "signalling",
  "combining",
  "reinforcing",
  "leaving",
  "ensuring",
  "advocating",
  "joining",
  "particularly",
  "including",
].join("|");

// A break goes before the matched connective, or after the punctuation.
const BREAKS = new RegExp(`;\\s+|:\\s+(?=\\S)|\\s+[—–]\\s+|,\\s+(?=(?:${CONNECTIVES})\\s)`, "giu");

/** Splits one sentence span of `text` into clause spans covering it exactly (whitespace trimmed). */
export function splitClauses(text: string, sentence: Span): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const cuts: number[] = [];
  const dashes: number[] = [];
  BREAKS.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = BREAKS.exec(body)) !== null) {
    const punctuation = match[0].trimStart()[0];
    if (punctuation === "—" || punctuation === "–") {
      // Cut before a dash, so the dash opens the next clause.
      dashes.push(match.index);
    } else if (punctuation === "," && continuesList(body, match.index)) {
      continue;
    } else {
      cuts.push(match.index + 1);
    }
  }
  for (const dash of dashesOutsideAsides(body, dashes)) cuts.push(dash);
  cuts.sort((a, b) => a - b);
  const pieces: Span[] = [];
  let start = 0;
  for (const cut of [...cuts, body.length]) {
    if (cut <= start) continue;
    pieces.push({ start, end: cut });
    start = cut;
  }
  return mergeShort(body, pieces).map((piece) =>
    trim(text, sentence.start + piece.start, sentence.start + piece.end),
  );
}

// "political, military, and humanitarian": the comma before "and" ends a list item.
function continuesList(body: string, comma: number): boolean {
  const next = /^,\s+(\p{L}+)/u.exec(body.slice(comma))?.[1]?.toLowerCase();
  if (next !== "and" && next !== "or") return false;
  const before = body.slice(0, comma);
  const previousComma = before.lastIndexOf(",");
  return previousComma >= 0 && wordCount(before.slice(previousComma + 1)) <= MAX_LIST_ITEM_WORDS;
}

// Drops dash pairs that enclose a short aside; keeps the other dashes as cuts.
function dashesOutsideAsides(body: string, dashes: readonly number[]): number[] {
  const kept: number[] = [];
  for (let i = 0; i < dashes.length; i += 1) {
    const next = dashes[i + 1];
    if (next !== undefined && wordCount(body.slice(dashes[i], next)) <= MAX_ASIDE_WORDS) {
      i += 1;
      continue;
    }
    kept.push(dashes[i]!);
  }
  return kept;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// Joins pieces too short to carry a claim to their neighbour (the previous
// one when there is one).
function mergeShort(body: string, pieces: Span[]): Span[] {
  const merged: Span[] = [];
  for (const piece of pieces) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      (wordCount(body.slice(piece.start, piece.end)) < MIN_CLAUSE_WORDS ||
        wordCount(body.slice(previous.start, previous.end)) < MIN_CLAUSE_WORDS)
    ) {
      previous.end = piece.end;
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { start, end };
}
