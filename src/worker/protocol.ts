/** Messages between the page and the comparison worker. */
import type { Strictness } from "@/core/align/strictness-levels.ts";
import {
  isPackedComparison,
  unpackComparison,
  unpackLists,
  type PackedComparison,
  type PackedLists,
} from "@/core/align/pack-comparison.ts";
import type { PackedSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Comparison, Correction, VersionInput } from "@/core/align/types.ts";
import type { Discrepancy, QuoteEntry } from "@/core/facts/types.ts";
import type { Theme } from "@/core/story-format.ts";

/** How the engine is asked to compare: what decides the result besides the texts. */
export type EngineSettings = {
  strictness: Strictness;
  /** Closest candidates asked for per unit and other version (0: none). */
  suggest: number;
  /** The reader's corrections, anchored to the texts as they are now. */
  corrections: Correction[];
};

/** The engine as it runs without the reader's settings. */
export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  strictness: "balanced",
  suggest: 0,
  corrections: [],
};

export type CompareRequest = {
  kind: "compare";
  id: number;
  versions: VersionInput[];
  settings: EngineSettings;
  /** Where to keep the result in the comparison cache (null: not kept). */
  cacheKey: string | null;
  /** Absolute URL of the word-vector table, or null to compare without it. */
  vectorsUrl: string | null;
  /** Themes to tag passages with (none: no tags). */
  themes: Theme[];
  /** Send the word-for-word layer as a preview before the rest (for big stories). */
  preview: boolean;
  /** Helper workers the paraphrase layer may share its work with (1: none; see paraphrase-pool.ts). */
  helpers: number;
};

/** Sent while a comparison runs: the share of the work done and the stage under way. */
export type CompareProgress = { kind: "progress"; id: number; fraction: number; stage: string };

/** Sent once, when asked for: the comparison with only its word-for-word sharing so far. */
export type ComparePreview = { kind: "preview"; id: number; comparison: Comparison };

export type CompareResponse =
  | {
      id: number;
      ok: true;
      comparison: Comparison;
      /** The themes passages were tagged with: the story's, or suggested when it has none. */
      themes: Theme[];
      suggestedThemes: boolean;
      /** Theme ids of each passage, in `comparison.passages` order; null when they come later. */
      passageThemes: string[][] | null;
      /** Where members of a group disagree on a fact (numbers, dates, names, quotes, negations). */
      discrepancies: Discrepancy[];
      /** Every quotation and how each version gives it; null when the fact check comes later. */
      quotes: QuoteEntry[] | null;
      vectors: boolean;
      /** The comparison's suggestions, packed (they are left out of `comparison`). */
      suggestions: PackedSuggestions | null;
    }
  | { id: number; ok: false; message: string };

/**
 * Sent right after a result that left them out, so highlights need not
 * wait: the suggestions, the themes (suggested ones, when the story has
 * none) and each passage's tags.
 */
export type CompareDetails = {
  kind: "details";
  id: number;
  themes: Theme[];
  suggestedThemes: boolean;
  passageThemes: string[][];
  suggestions: PackedSuggestions | null;
};

/** Sent after the result: where members of a group disagree on facts (found after, so highlights need not wait). */
export type CompareFacts = {
  kind: "facts";
  id: number;
  discrepancies: Discrepancy[];
  quotes: QuoteEntry[];
};

/**
 * Asks the worker to start loading the word vectors before any comparison
 * is requested; with `vectorsFromPage`, the page is downloading them and
 * sends their bytes (VectorsDelivery) rather than the worker fetching them.
 */
export type WarmUpRequest = {
  kind: "warm-up";
  vectorsUrl: string;
  helpers: number;
  vectorsFromPage: boolean;
};

/** The word vectors' bytes as the page downloaded them (null: the download failed). */
export type VectorsDelivery = { kind: "vectors"; url: string; bytes: ArrayBuffer | null };

export type WorkerRequest = CompareRequest | WarmUpRequest | VectorsDelivery;

/** A finished comparison, as the page uses it (and as the cache keeps it). */
export type CompareResult = {
  comparison: Comparison;
  /** The story's themes, or themes suggested from its text when it has none. */
  themes: Theme[];
  suggestedThemes: boolean;
  /** Theme ids of each passage, in `comparison.passages` order; null until they are found. */
  passageThemes: string[][] | null;
  /** Fact discrepancies within groups; [] in a preview (and in results cached before they existed). */
  discrepancies: Discrepancy[];
  /** Every quotation and how each version gives it; null until the fact check is in (and in a preview). */
  quotes: QuoteEntry[] | null;
  usedVectors: boolean;
  /** Closest candidates per unit, packed; null when not asked for, until they are found, and in a preview. */
  suggestions: PackedSuggestions | null;
};

/**
 * A result as the worker sends it: the comparison's passages and their theme
 * ids packed (pack-comparison.ts), which the page receives in a few
 * milliseconds instead of a long pause.
 */
export type PackedCompareResponse = Omit<
  CompareResponse & { ok: true },
  "comparison" | "passageThemes"
> & { comparison: PackedComparison; passageThemes: PackedLists | null };

/** Details as the worker sends them: each passage's theme ids packed. */
export type PackedCompareDetails = Omit<CompareDetails, "passageThemes"> & {
  passageThemes: PackedLists;
};

/** A preview as the worker sends it: its comparison packed. */
export type PackedComparePreview = Omit<ComparePreview, "comparison"> & {
  comparison: PackedComparison;
};

/** Details as received: unpacked if they came packed (without their kind and id). */
export function receivedDetails(
  message: CompareDetails | PackedCompareDetails,
): Omit<CompareDetails, "kind" | "id"> {
  const { kind: _kind, id: _id, passageThemes, ...rest } = message;
  return { ...rest, passageThemes: receivedLists(passageThemes) };
}

/** Lists as received: unpacked if they came packed. */
export function receivedLists(lists: string[][] | PackedLists): string[][] {
  return Array.isArray(lists) ? lists : unpackLists(lists);
}

/** A comparison as received: unpacked if it came packed. */
export function receivedComparison(comparison: Comparison | PackedComparison): Comparison {
  return isPackedComparison(comparison) ? unpackComparison(comparison) : comparison;
}

/** The page's result from the worker's answer (packed or not). */
export function toResult(
  response: (CompareResponse & { ok: true }) | PackedCompareResponse,
): CompareResult {
  return {
    comparison: receivedComparison(response.comparison),
    themes: response.themes,
    suggestedThemes: response.suggestedThemes,
    passageThemes: response.passageThemes && receivedLists(response.passageThemes),
    discrepancies: response.discrepancies,
    quotes: response.quotes,
    usedVectors: response.vectors,
    suggestions: response.suggestions,
  };
}

/**
 * A comparison whose versions' texts the worker left out, with the texts
 * the page sent it (the versions of the request, in the same order).
 */
export function withTexts(comparison: Comparison, sent: readonly VersionInput[]): Comparison {
  return {
    ...comparison,
    versions: comparison.versions.map((version, i) => ({ ...version, text: sent[i]!.text })),
  };
}
