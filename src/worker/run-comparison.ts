/**
 * What the worker does for one request, shared with the main-thread
 * fallback: load the word vectors if asked (comparing without them when they
 * fail to load, rather than not at all), run the engine, then find the
 * suggestions, the themes and each passage's tags, then where the versions
 * disagree on facts. The worker sends each of the three as soon as it is
 * found (runComparisonInSteps), so the highlights wait for none of the rest.
 */
import { compareThenSuggest, type ParaphraseRunner } from "@/core/align/compare-versions.ts";
import { packSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Comparison } from "@/core/align/types.ts";
import { checkFacts, type FactCheck } from "@/core/facts/check-facts.ts";
import { suggestThemes } from "@/core/themes/suggest-themes.ts";
import { tagPassages } from "@/core/themes/tag-passages.ts";
import { loadWordVectors } from "@/lib/word-vectors-file.ts";
import type { CompareDetails, CompareRequest, CompareResponse } from "./protocol.ts";

// The progress bar's share for the engine when everything comes at once; the rest is the
// fact check, which compares every pair of members of a group (at 200 versions, longer than
// the engine without vectors).
const ENGINE_SHARE = 0.8;

/** What follows the highlights: the suggestions, themes and tags, then the fact check. */
export type Details = Omit<CompareDetails, "kind" | "id">;

/**
 * A request's highlights (`response`: without suggestions, tags or facts),
 * and the work that completes them, to run after it is sent and in this
 * order: `details` (suggestions, themes, tags), then `facts`. A failed
 * comparison has no work after it.
 */
export type ComparisonSteps = {
  response: CompareResponse;
  later?: { details: () => Details; facts: () => FactCheck };
};

/**
 * Runs one comparison request in steps (see ComparisonSteps). With
 * `paraphrases`, the paraphrase layer's work runs there (a pool of helper
 * workers), with the same result.
 */
export async function runComparisonInSteps(
  request: CompareRequest,
  onProgress?: (fraction: number, stage: string) => void,
  onPreview?: (comparison: Comparison) => void,
  paraphrases?: ParaphraseRunner,
): Promise<ComparisonSteps> {
  try {
    const vectors = request.vectorsUrl
      ? await loadWordVectors(request.vectorsUrl).catch(() => null)
      : null;
    const { strictness, suggest, corrections } = request.settings;
    const { comparison, suggest: findSuggestions } = await compareThenSuggest(
      request.versions,
      {
        vectors,
        strictness,
        suggest,
        ...(corrections.length > 0 ? { corrections } : {}),
        ...(onProgress ? { onProgress } : {}),
        ...(request.preview && onPreview ? { onPreview } : {}),
      },
      paraphrases,
    );
    const suggestedThemes = request.themes.length === 0;
    const response: CompareResponse = {
      id: request.id,
      ok: true,
      comparison,
      themes: suggestedThemes ? [] : request.themes,
      suggestedThemes,
      passageThemes: null,
      discrepancies: [],
      quotes: null,
      vectors: vectors !== null,
      suggestions: null,
    };
    const details = (): Details => {
      const suggestions = findSuggestions();
      const themes = suggestedThemes ? suggestThemes(comparison, vectors) : request.themes;
      return {
        themes,
        suggestedThemes,
        passageThemes: tagPassages(comparison, themes, vectors),
        // Packed: as objects they would cost the page a long pause to receive.
        suggestions: suggestions
          ? packSuggestions(
              suggestions,
              request.versions.map((v) => v.id),
            )
          : null,
      };
    };
    return { response, later: { details, facts: () => checkFacts(comparison) } };
  } catch (error) {
    return { response: failure(request, error) };
  }
}

/**
 * Runs one comparison request whole, for the main-thread fallback: the
 * highlights, suggestions, themes, tags and facts in one response, or an
 * error message.
 */
export async function runComparison(
  request: CompareRequest,
  onProgress?: (fraction: number, stage: string) => void,
  onPreview?: (comparison: Comparison) => void,
): Promise<CompareResponse> {
  const { response, later } = await runComparisonInSteps(
    request,
    onProgress && ((fraction, stage) => onProgress(fraction * ENGINE_SHARE, stage)),
    onPreview,
  );
  if (!response.ok || !later) return response;
  try {
    const details = later.details();
    onProgress?.(ENGINE_SHARE, "facts");
    return { ...response, ...details, ...later.facts() };
  } catch (error) {
    return failure(request, error);
  }
}

function failure(request: CompareRequest, error: unknown): CompareResponse {
  return {
    id: request.id,
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  };
}
