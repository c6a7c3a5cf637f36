/**
 * What a report is made from, and the document it is made into before it is
 * written out as Markdown or HTML (one model, two renderings, so the two
 * never say different things).
 */
import type { Comparison, Correction } from "../align/types.ts";
import type { Discrepancy, QuoteEntry } from "../facts/types.ts";
import type { Story } from "../story-format.ts";

/** The reader's view when the report was made: what it reflects. */
export type ReportView = {
  /** Ids of the versions shown, in column order; the report covers these. */
  shown: readonly string[];
  /** The engine's strictness ("balanced", …). */
  strictness: string;
  /** Which passages were highlighted: every one, the shared ones or the unique ones. */
  show: "all" | "shared" | "unique";
  /** Shared claims count from this many versions on (2: every shared claim). */
  minToldBy: number;
  /** Themes the reader follows (labels), and whether a passage needs any or all of them. */
  themes: readonly { id: string; label: string }[];
  themeMatch: "any" | "all";
};

/** Everything a report says, as of `madeAt`. */
export type ReportInput = {
  story: Story;
  /** The engine's result over every version, under the reader's strictness and corrections. */
  comparison: Comparison;
  /** Theme ids of each passage, in `comparison.passages` order (none: no theme filter possible). */
  passageThemes?: readonly (readonly string[])[];
  discrepancies: readonly Discrepancy[];
  /** Null when the fact check had not come in yet: the report says so. */
  quotes: readonly QuoteEntry[] | null;
  /** The reader's own corrections in force (their outcomes are in `comparison.corrections`). */
  corrections: readonly Correction[];
  view: ReportView;
  madeAt: Date;
};

/** A run of text in a report: plain, strong, or a word-diff change. */
export type Inline = string | { strong: string } | { removed: string } | { added: string };

/** A list item: its line, and lines under it. */
export type ReportItem = { line: Inline[]; sub?: Inline[][] };

export type ReportBlock =
  | { kind: "paragraph"; line: Inline[] }
  | { kind: "list"; ordered: boolean; items: ReportItem[] }
  | { kind: "heading"; text: string }
  | { kind: "table"; caption: string; head: string[]; rows: string[][] };

/** One section of the report: a title (with a count of its entries, where it lists some). */
export type ReportSection = { title: string; count?: number; blocks: ReportBlock[] };

/** The whole report, ready to write out. */
export type ReportDocument = { title: string; intro: Inline[]; sections: ReportSection[] };
