import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { Story } from "@/core/story-format.ts";
import type { CompareResult, EngineSettings } from "@/worker/compare-client.ts";
import { comparisonQueryOptions, useComparison } from "../api/get-comparison.ts";
import type { ComparisonStatusProps } from "../components/comparison-status.tsx";
import { createProgressStore } from "../lib/progress-store.ts";
import { useCorrections } from "./use-corrections.ts";
import { useReadingParams } from "./use-reading-params.ts";

/**
 * Closest candidates the details panel can offer per other version: the
 * best one shows, the others on request. The engine's ranking puts the true
 * counterpart within its first three for most claims (docs/quality.md).
 */
export const SUGGESTIONS_PER_VERSION = 3;

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
 * The story's comparison under the reader's strictness (?strictness) and
 * corrections, and what the status line shows about it: progress, Cancel,
 * retry. While a big story is compared, `preview` holds its word-for-word
 * sharing, found first. A change of strictness or corrections keeps the
 * previous result on screen until the new one is in.
 */
export function useReaderComparison(story: Story) {
  const [progress] = useState(createProgressStore);
  const [preview, setPreview] = useState<CompareResult | null>(null);
  const [{ strictness }] = useReadingParams();
  const corrections = useCorrections(story);
  const settings = useMemo<EngineSettings>(
    () => ({ strictness, suggest: SUGGESTIONS_PER_VERSION, corrections: corrections.active }),
    [strictness, corrections.active],
  );
  const onPreview = useCallback((result: CompareResult) => {
    previews.add(result);
    setPreview(result);
  }, []);
  const comparison = useComparison(story, settings, corrections.ready, progress.set, onPreview);
  // Once the whole comparison is in, the preview is not needed any more.
  if (comparison.data && preview) setPreview(null);
  const queryClient = useQueryClient();
  const updating = comparison.isPlaceholderData && comparison.fetchStatus !== "idle";
  const status: ComparisonStatusProps["status"] = comparison.isError
    ? "error"
    : !comparison.isPending && !updating
      ? "ready"
      : comparison.fetchStatus === "idle" && corrections.ready
        ? "cancelled"
        : "pending";
  const engine: ComparisonStatusProps = {
    status,
    errorMessage: comparison.error?.message,
    progress,
    onCancel: () =>
      void queryClient.cancelQueries({
        queryKey: comparisonQueryOptions(story, settings).queryKey,
      }),
    onRetry: () => void comparison.refetch(),
  };
  return {
    result: comparison.data,
    preview: status === "pending" ? preview : null,
    engine,
    corrections,
  };
}
