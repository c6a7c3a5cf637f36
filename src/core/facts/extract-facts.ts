/**
 * All the facts of a text in one call: numbers, dates, names, quotations and
 * negation/modality cues, in text order. Pure and cheap (a few regular
 * expressions over the engine's tokens), so it can run per passage.
 */
import { extractCues } from "./extract-cues.ts";
import { extractDates } from "./extract-dates.ts";
import { buildNameContext, extractNames, type NameContext } from "./extract-names.ts";
import { extractNumbers } from "./extract-numbers.ts";
import { extractQuotes } from "./extract-quotes.ts";
import type { Fact } from "./types.ts";

/** What the whole story tells about single sentences (which capitalised words are names). */
export type FactContext = NameContext;

/** Builds the context from every version's text, so a sentence-initial name is still known. */
export function buildFactContext(texts: readonly string[]): FactContext {
  return buildNameContext(texts);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Reads the facts of `text` (offsets into `text`), sorted by start then
 * kind. A number inside a date ("12 March") is the date's, not a count.
 */
export function extractFacts(text: string, context?: FactContext): Fact[] {
  const dates = extractDates(text);
  const names = extractNames(text, context ?? buildFactContext([text]));
  const facts: Fact[] = [
    ...extractNumbers(text).filter((n) => !dates.some((d) => overlaps(n, d))),
    ...dates,
    ...names,
    ...extractQuotes(text, names),
    ...extractCues(text),
  ];
  return facts.sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind) || a.end - b.end);
}
