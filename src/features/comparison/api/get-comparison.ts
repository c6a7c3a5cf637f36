import { queryOptions, useQuery } from "@tanstack/react-query";
import { versionToInput } from "@/core/align/story-text.ts";
import type { Story } from "@/core/story-format.ts";
import { wordVectorsUrl } from "@/lib/word-vectors-url.ts";
import {
  compareInBackground,
  type CompareResult,
  type EngineSettings,
  type LaterUpdate,
} from "@/worker/compare-client.ts";
import { cacheKey, listCachedKeys, readCachedComparison } from "@/worker/comparison-cache.ts";
import { comparisonEvents } from "../lib/comparison-events.ts";
import { hasWords } from "../lib/has-words.ts";

type ProgressReport = (fraction: number, stage: string) => void;
type PreviewReport = (preview: CompareResult) => void;

/**
 * Stories with at least this many words get a word-for-word preview first:
 * past it the engine takes about a second or more on a two-core laptop
 * (docs/performance.md); below it the preview would only flicker.
 */
const PREVIEW_FROM_WORDS = 40_000;

const listings = new Map<string, Promise<Set<string>>>();

/**
 * Starts reading which results this browser keeps for a story (their keys,
 * not the results), while its text is still on its way: on a first visit
 * the comparison then starts at once instead of after a read that can only
 * miss. The listing serves the story's next lookup only.
 */
export function listKeptComparisons(storyId: string): void {
  if (!listings.has(storyId)) listings.set(storyId, listCachedKeys(storyId));
}

// Whether a result may be kept under `key`: false only when a fresh listing says it is not.
async function mayBeKept(storyId: string, key: string): Promise<boolean> {
  const listing = listings.get(storyId);
  if (!listing) return true;
  listings.delete(storyId);
  return (await listing).has(key);
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
  onLater?: (update: LaterUpdate) => void,
): Promise<CompareResult> {
  const key = cacheKey(story.id, `${digestStory(story)}:${digestSettings(settings)}`);
  const cached = (await mayBeKept(story.id, key)) ? await readCachedComparison(key) : null;
  if (cached) return cached;
  // The worker keeps the result in the cache as well.
  return compareInBackground(story.versions.map(versionToInput), wordVectorsUrl(), {
    themes: story.themes ?? [],
    settings,
    cacheKey: key,
    ...(onProgress ? { onProgress } : {}),
    ...(onPreview && hasWords(story, PREVIEW_FROM_WORDS) ? { onPreview } : {}),
    ...(onLater ? { onLater } : {}),
    ...(signal ? { signal } : {}),
  });
}

/** The comparison query's key: the texts and the settings decide the result; the id and digests name it. */
export const comparisonQueryKey = (story: Story, settings: EngineSettings) =>
  ["comparison", story.id, digestStory(story), digestSettings(settings)] as const;

/**
 * The story's comparison under `settings` as a query. Its progress and
 * preview go to `comparisonEvents` under the query's key, so whoever starts
 * it (the story's arrival, or the reader), the reader on screen sees them.
 */
export const comparisonQueryOptions = (story: Story, settings: EngineSettings) =>
  queryOptions({
    queryKey: comparisonQueryKey(story, settings),
    // What completes the result comes after it: it lands in the query's data as it arrives.
    queryFn: async ({ signal, client, queryKey }) => {
      const { progress, preview } = comparisonEvents(queryKey);
      progress.set(null);
      try {
        return await getComparison(
          story,
          settings,
          signal,
          (fraction, stage) => progress.set({ fraction, stage }),
          (result) => preview.set(result),
          (update) =>
            client.setQueryData<CompareResult>(queryKey, (old) => old && { ...old, ...update }),
        );
      } finally {
        preview.set(null);
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/**
 * The story's comparison under `settings`, once `enabled` (the reader's
 * corrections must be read first). While a new setting or correction is
 * being computed, the previous result stays on screen (`isPlaceholderData`).
 */
export function useComparison(story: Story, settings: EngineSettings, enabled: boolean) {
  return useQuery({
    ...comparisonQueryOptions(story, settings),
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
