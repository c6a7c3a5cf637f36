/**
 * What the worker does for one request, shared with the main-thread
 * fallback: load the word vectors if asked (comparing without them when they
 * fail to load, rather than not at all), run the engine, tag the themes, find
 * where the versions disagree on facts.
 */
import {
  compareVersions,
  compareVersionsWith,
  type ParaphraseRunner,
} from "@/core/align/compare-versions.ts";
import { packSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Comparison } from "@/core/align/types.ts";
import { checkFacts } from "@/core/facts/check-facts.ts";
import { suggestThemes } from "@/core/themes/suggest-themes.ts";
import { tagPassages } from "@/core/themes/tag-passages.ts";
import { loadWordVectors } from "@/lib/word-vectors-file.ts";
import type { CompareRequest, CompareResponse } from "./protocol.ts";

// The progress bar's share for the engine; the rest is the fact check, which
// compares every pair of members of a group (at 200 versions, longer than the engine without vectors).
const ENGINE_SHARE = 0.8;

/**
 * Runs one comparison request: the engine, themes and fact discrepancies, or
 * an error message. With `factsLater`, the response leaves the discrepancies
 * empty and the quotes null, for the caller to find (checkFacts) after sending it: the
 * fact check can take as long as the engine, and highlights should not wait.
 * With `paraphrases`, the paraphrase layer's work runs there (a pool of
 * helper workers), with the same result.
 */
export async function runComparison(
  request: CompareRequest,
  onProgress?: (fraction: number, stage: string) => void,
  onPreview?: (comparison: Comparison) => void,
  {
    factsLater = false,
    paraphrases,
  }: { factsLater?: boolean; paraphrases?: ParaphraseRunner } = {},
): Promise<CompareResponse> {
  const share = factsLater ? 1 : ENGINE_SHARE;
  try {
    const vectors = request.vectorsUrl
      ? await loadWordVectors(request.vectorsUrl).catch(() => null)
      : null;
    const { strictness, suggest, corrections } = request.settings;
    const options = {
      vectors,
      strictness,
      suggest,
      ...(corrections.length > 0 ? { corrections } : {}),
      ...(onProgress
        ? {
            onProgress: (fraction: number, stage: string) => onProgress(fraction * share, stage),
          }
        : {}),
      ...(request.preview && onPreview ? { onPreview } : {}),
    };
    const { suggestions, ...comparison } = paraphrases
      ? await compareVersionsWith(request.versions, options, paraphrases)
      : compareVersions(request.versions, options);
    const suggestedThemes = request.themes.length === 0;
    const themes = suggestedThemes ? suggestThemes(comparison, vectors) : request.themes;
    const passageThemes = tagPassages(comparison, themes, vectors);
    if (!factsLater) onProgress?.(ENGINE_SHARE, "facts");
    const facts = factsLater ? null : checkFacts(comparison);
    const response = {
      id: request.id,
      ok: true as const,
      comparison,
      themes,
      suggestedThemes,
      passageThemes,
      discrepancies: facts?.discrepancies ?? [],
      quotes: facts?.quotes ?? null,
      vectors: vectors !== null,
      // Packed: as objects they would cost the page a long pause to receive.
      suggestions: suggestions
        ? packSuggestions(
            suggestions,
            request.versions.map((v) => v.id),
          )
        : null,
    };
    return response;
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
