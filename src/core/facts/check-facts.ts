/**
 * The whole fact check of a comparison in one call: where members of a group
 * disagree, and every quotation with how each version gives it. The worker
 * runs it after sending the result; the CLI and the main-thread fallback
 * call it directly.
 */
import type { Comparison } from "../align/types.ts";
import { findDiscrepancies, readStoryFacts } from "./find-discrepancies.ts";
import { listQuotes } from "./list-quotes.ts";
import type { Discrepancy, QuoteEntry } from "./types.ts";

/** What the fact check finds. */
export type FactCheck = { discrepancies: Discrepancy[]; quotes: QuoteEntry[] };

/**
 * Runs findDiscrepancies, then listQuotes (which reuses the quote
 * disagreements it found), reading each version's facts once for both.
 */
export function checkFacts(comparison: Comparison): FactCheck {
  const facts = readStoryFacts(comparison);
  const discrepancies = findDiscrepancies(comparison, { facts });
  return { discrepancies, quotes: listQuotes(comparison, discrepancies, facts) };
}
