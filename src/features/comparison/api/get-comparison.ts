import { queryOptions, useQuery } from "@tanstack/react-query";
import { versionToInput } from "@/core/align/story-text.ts";
import type { FactCheck } from "@/core/facts/check-facts.ts";
import type { Story } from "@/core/story-format.ts";
import { WORD_VECTORS_PATH } from "@/lib/word-vectors-file.ts";
import {
  compareInBackground,
  warmUpComparer,
  type CompareResult,
  type EngineSettings,
} from "@/worker/compare-client.ts";
import { cacheKey, readCachedComparison } from "@/worker/comparison-cache.ts";

export type ProgressReport = (fraction: number, stage: string) => void;
export type PreviewReport = (preview: CompareResult) => void;

/**
 * Stories with at least this many words get a word-for-word preview first:
 * past it the engine takes about a second or more on a two-core laptop
 * (docs/performance.md); below it the preview would only flicker.
 */
const PREVIEW_FROM_WORDS = 40_000;

function wordsIn(story: Story): number {
  let words = 0;
  for (const version of story.versions)
    for (const block of version.blocks) words += block.text.split(/\s+/).length;
  return words;
}

/** Starts the engine's worker and its word vectors loading, ahead of the first story. */
export function prepareComparison(): void {
  warmUpComparer(vectorsUrl());
}

/** Absolute URL of the word-vector table, for the worker. */
function vectorsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}${WORD_VECTORS_PATH}`, document.baseURI).href;
}

/**
 * Runs the engine on a story's versions, in the worker, unless this browser
 * has the result already. Aborting `signal` stops the engine.
 */
export async function getComparison(
  story: Story,
  settings: EngineSettings,
  signal?: AbortSignal,
  onProgress?: ProgressReport,
  onPreview?: PreviewReport,
  onFacts?: (facts: FactCheck) => void,
): Promise<CompareResult> {
  const key = cacheKey(story.id, `${digestStory(story)}:${digestSettings(settings)}`);
  const cached = await readCachedComparison(key);
  if (cached) return cached;
  // The worker keeps the result in the cache as well.
  return compareInBackground(story.versions.map(versionToInput), vectorsUrl(), {
    themes: story.themes ?? [],
    settings,
    cacheKey: key,
    ...(onProgress ? { onProgress } : {}),
    ...(onPreview && wordsIn(story) >= PREVIEW_FROM_WORDS ? { onPreview } : {}),
    ...(onFacts ? { onFacts } : {}),
    ...(signal ? { signal } : {}),
  });
}

export const comparisonQueryOptions = (
  story: Story,
  settings: EngineSettings,
  onProgress?: ProgressReport,
  onPreview?: PreviewReport,
) =>
  queryOptions({
    // The texts and the settings decide the result; the id and digests name it.
    queryKey: ["comparison", story.id, digestStory(story), digestSettings(settings)],
    // The fact check comes after the result: it lands in the query's data when it arrives.
    queryFn: ({ signal, client, queryKey }) =>
      getComparison(story, settings, signal, onProgress, onPreview, (facts) =>
        client.setQueryData<CompareResult>(queryKey, (old) => old && { ...old, ...facts }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/**
 * The story's comparison under `settings`, once `enabled` (the reader's
 * corrections must be read first). While a new setting or correction is
 * being computed, the previous result stays on screen (`isPlaceholderData`).
 */
export function useComparison(
  story: Story,
  settings: EngineSettings,
  enabled: boolean,
  onProgress?: ProgressReport,
  onPreview?: PreviewReport,
) {
  return useQuery({
    ...comparisonQueryOptions(story, settings, onProgress, onPreview),
    enabled,
    // The previous result of the same story, never another story's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === story.id && previousQuery.queryKey[2] === digestStory(story)
        ? previous
        : undefined,
  });
}

const digests = new WeakMap<Story, string>();

// FNV-1a over every version's id and text: enough to tell edits apart.
// Remembered per story object: a story of hundreds of versions has
// megabytes of text, and query options are built on every render.
function digestStory(story: Story): string {
  let digest = digests.get(story);
  if (digest === undefined) {
    digest = hashStory(story);
    digests.set(story, digest);
  }
  return digest;
}

function hashStory(story: Story): string {
  return hashTexts(
    story.versions.flatMap((version) => [version.id, ...version.blocks.map((block) => block.text)]),
  );
}

// Settings are small: their JSON is digest enough.
function digestSettings(settings: EngineSettings): string {
  return hashTexts([JSON.stringify(settings)]);
}

function hashTexts(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(36);
}
