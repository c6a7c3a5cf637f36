/**
 * First stage of the engine: each version's text → units with tokens. A
 * unit is a clause (most sentences are one clause; a sentence carrying two
 * claims is two), and it is what the paraphrase layer links. Headings are
 * marked so they are only ever linked to headings. A clause longer than
 * MAX_UNIT_WORDS (a text without punctuation) is cut into bounded units, so
 * that no unit's cost grows with the length of the text.
 */
import { isHeadingShaped } from "../ingest/parse-blocks.ts";
import { segmentSentences } from "../text/segment-sentences.ts";
import { cutLongSpan } from "../text/cut-long-spans.ts";
import { splitClauses } from "../text/split-clauses.ts";
import { tokenize, type Token } from "../text/tokenize.ts";

export type Unit = {
  /** Position in the story's list of units. */
  index: number;
  /** Index of the version (in the engine's canonical order). */
  version: number;
  /** Index of its sentence within the version. */
  sentence: number;
  start: number;
  end: number;
  /** A line of its own shaped like a sub-heading or headline. */
  heading: boolean;
  tokens: Token[];
};

/** Splits each text into clause units of bounded length, in version then text order. */
export function prepareUnits(texts: readonly string[], { clauses = true } = {}): Unit[] {
  const units: Unit[] = [];
  texts.forEach((text, version) => {
    segmentSentences(text).forEach((span, sentence) => {
      const wholeLine =
        (span.start === 0 || text[span.start - 1] === "\n") &&
        (span.end === text.length || text[span.end] === "\n");
      const heading = wholeLine && isHeadingShaped(text.slice(span.start, span.end));
      for (const clause of heading || !clauses ? [span] : splitClauses(text, span)) {
        const tokens = tokenize(text, clause.start, clause.end);
        let next = 0;
        for (const piece of cutLongSpan(text, clause, tokens)) {
          const from = next;
          while (next < tokens.length && tokens[next]!.start < piece.end) next += 1;
          units.push({
            index: units.length,
            version,
            sentence,
            start: piece.start,
            end: piece.end,
            heading,
            tokens: from === 0 && next === tokens.length ? tokens : tokens.slice(from, next),
          });
        }
      }
    });
  });
  return units;
}
