/**
 * Facts a sentence states that a reader can check across versions: numbers,
 * dates, names, direct quotations and negation or modality cues. Each fact
 * keeps its exact offsets, so a disagreement can be shown where it is.
 */
import type { WordChange } from "../align/word-diff.ts";

/** Where a fact sits: UTF-16 offsets into the text it was read from (`end` exclusive) and its text. */
export type FactSpan = { start: number; end: number; text: string };

/**
 * A quantity: "12 months", "£20,000", "5 per cent", "between 3 and 5 per cent",
 * "a dozen", "third round". A single value has `low === high`.
 */
export type NumberFact = FactSpan & {
  kind: "number";
  low: number;
  high: number;
  /**
   * What is counted, so that only like is compared with like: a currency code
   * ("GBP"), "percent", or the stem of the noun after the number ("month");
   * "" when the number stands alone ("41 were hurt"). Ordinals are prefixed
   * "ordinal:" ("ordinal:round").
   */
  unit: string;
};

/** A calendar reference: a weekday, a day of a month, a month, a year, or several of these. */
export type DateFact = FactSpan & {
  kind: "date";
  weekday?: string;
  day?: number;
  /** 1–12. */
  month?: number;
  year?: number;
};

/** A capitalised name (a person, place or organisation), one or several words. */
export type NameFact = FactSpan & {
  kind: "name";
  /** Folded for comparison: lowercase, no full stops or possessive ("u.s." → "us"). */
  key: string;
};

/** Words between quotation marks, with the named speaker when the sentence gives one. */
export type QuoteFact = FactSpan & {
  kind: "quote";
  /** The quoted words, folded (lowercase, apostrophes straightened), for comparison. */
  words: string[];
  speaker: string | null;
};

/**
 * A word that flips or hedges a claim: a negation ("not", "never", "no",
 * "cannot", "isn't") or a modal ("may", "will", "could").
 */
export type CueFact = FactSpan & {
  kind: "negation" | "modality";
  /** The cue folded: "not", "n't", "may". */
  cue: string;
  /** Stem of the first content word the cue governs ("ending" → "end"), when there is one. */
  scope: string | null;
  /** Offsets of that word, for comparing its neighbours. */
  scopeStart: number | null;
};

/** Any fact; `kind` tells which. */
export type Fact = NumberFact | DateFact | NameFact | QuoteFact | CueFact;

/** What may disagree between two members of a group. */
export type DiscrepancyKind = "number" | "date" | "name" | "quote" | "negation";

/** One side of a disagreement: a stretch of one version's text. */
export type DiscrepancyValue = { version: string; start: number; end: number; text: string };

/**
 * Two (or more) versions state a fact of the same kind about the same thing
 * in one group of passages, with different values: "12 months" against "18
 * months". Values are sorted by version id, then offset.
 */
export type Discrepancy = { group: number; kind: DiscrepancyKind; values: DiscrepancyValue[] };

/** How one version gives a quotation. */
export type QuoteTelling =
  /** Inside marks, with the reference's words; `partial` when only a word-for-word extract of them. */
  | { version: string; kind: "exact"; partial: boolean; start: number; end: number; text: string }
  /** Inside marks, with other words; `changes` read from the reference's words to these (null: too long to diff). */
  | {
      version: string;
      kind: "altered";
      start: number;
      end: number;
      text: string;
      changes: WordChange[] | null;
    }
  /** The reference's words, in order, outside any quotation marks. */
  | { version: string; kind: "unmarked"; start: number; end: number; text: string }
  /** Not given at all (or not found: a quotation of one or two words is not looked for unmarked). */
  | { version: string; kind: "absent" };

/**
 * One direct quotation across the story: its reference wording (the fullest
 * wording most versions agree with, without the marks), the speaker where a
 * version names one, where the reference telling is, and each version's
 * telling in the comparison's version order.
 */
export type QuoteEntry = {
  text: string;
  speaker: string | null;
  source: { version: string; start: number; end: number };
  tellings: QuoteTelling[];
};
