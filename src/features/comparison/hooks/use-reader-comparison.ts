import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { Story } from "@/core/story-format.ts";
import type { CompareResult } from "@/worker/compare-client.ts";
import { comparisonQueryKey, useComparison } from "../api/get-comparison.ts";
import type { ComparisonStatusProps } from "../components/comparison-status.tsx";
import { comparisonEvents } from "../lib/comparison-events.ts";
import { readerSettings } from "../lib/reader-settings.ts";
import { useCorrections } from "./use-corrections.ts";
import { useReadingParams } from "./use-reading-params.ts";

/**
 * The story's comparison under the reader's strictness (?strictness) and
 * corrections, and what the status line shows about it: progress, Cancel,
 * retry. While a big story is compared, `preview` holds its word-for-word
 * sharing, found first. A change of strictness or corrections keeps the
 * previous result on screen until the new one is in.
 */
export function useReaderComparison(story: Story) {
  const [{ strictness }] = useReadingParams();
  const corrections = useCorrections(story);
  const settings = useMemo(
    () => readerSettings(strictness, corrections.active),
    [strictness, corrections.active],
  );
  const comparison = useComparison(story, settings, corrections.ready);
  const shown = useResultToShow(story, comparison.data);
  // A result in, held back until its details follow (see useResultToShow).
  const holding = shown !== comparison.data;
  const queryKey = comparisonQueryKey(story, settings);
  const { progress, preview: previewStore } = comparisonEvents(queryKey);
  const preview = useSyncExternalStore(previewStore.subscribe, previewStore.get);
  const queryClient = useQueryClient();
  const updating = comparison.isPlaceholderData && comparison.fetchStatus !== "idle";
  const status: ComparisonStatusProps["status"] = comparison.isError
    ? "error"
    : holding
      ? "pending"
      : !comparison.isPending && !updating
        ? "ready"
        : comparison.fetchStatus === "idle" && corrections.ready
          ? "cancelled"
          : "pending";
  const engine: ComparisonStatusProps = {
    status,
    errorMessage: comparison.error?.message,
    progress,
    onCancel: () => void queryClient.cancelQueries({ queryKey }),
    onRetry: () => void comparison.refetch(),
  };
  return {
    result: shown,
    preview: status === "pending" ? preview : null,
    engine,
    corrections,
  };
}

/**
 * The result to show. A result shows as soon as its highlights are in, and
 * its suggestions, themes and tags follow, unless their arrival would move
 * or empty what is on screen; then it waits for them (tens of milliseconds
 * on a small story, about half a second at 200 versions):
 * - when it replaces a result on screen (a correction, a new strictness),
 *   so that the details panel and the theme bar do not blink empty;
 * - when its themes are suggested ones (the story has none of its own):
 *   the theme bar above the columns would grow to fit them under the
 *   reader's eyes, and a click aimed at a passage could land elsewhere.
 */
function useResultToShow(story: Story, latest: CompareResult | undefined) {
  const [complete, setComplete] = useState<{ story: Story; result: CompareResult } | null>(null);
  if (latest && latest.passageThemes !== null && complete?.result !== latest)
    setComplete({ story, result: latest });
  if (latest?.passageThemes !== null) return latest;
  const previous = complete?.story === story ? complete.result : undefined;
  return previous ?? (latest.suggestedThemes ? undefined : latest);
}
