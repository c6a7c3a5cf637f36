/**
 * What a running comparison reports before its result — progress, and for
 * a big story a word-for-word preview — kept per comparison (its query key)
 * outside the query function. The comparison may be started as soon as the
 * story's text arrives, before the reader's columns exist to listen; the
 * reader on screen then reads the same comparison's reports from here.
 */
import type { CompareResult } from "@/worker/compare-client.ts";
import {
  createValueStore,
  type Progress,
  type ProgressStore,
  type ValueStore,
} from "./value-store.ts";

export type ComparisonEvents = {
  progress: ProgressStore;
  /** The latest preview while the comparison runs; null once it is over. */
  preview: ValueStore<CompareResult | null>;
};

const byComparison = new Map<string, ComparisonEvents>();
// Word-for-word previews, told apart from full results by identity.
const previews = new WeakSet<CompareResult>();

/**
 * Whether a result is a big story's word-for-word preview (paraphrases not
 * found yet), as opposed to a full result, current or previous.
 */
export function isPreview(result: CompareResult): boolean {
  return previews.has(result);
}

/**
 * The reports of the comparison whose query key is `queryKey`, made on first
 * use. An entry is a few bytes once its preview is cleared, and a page makes
 * one per story and setting it compares, so they are kept for the page's life.
 */
export function comparisonEvents(queryKey: readonly string[]): ComparisonEvents {
  const key = JSON.stringify(queryKey);
  let events = byComparison.get(key);
  if (!events) {
    events = {
      progress: createValueStore<Progress | null>(null),
      preview: previewStore(),
    };
    byComparison.set(key, events);
  }
  return events;
}

function previewStore(): ValueStore<CompareResult | null> {
  const store = createValueStore<CompareResult | null>(null);
  return {
    ...store,
    set: (preview) => {
      if (preview) previews.add(preview);
      store.set(preview);
    },
  };
}
