import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Story } from "@/core/story-format.ts";
import type { CompareResult } from "@/worker/compare-client.ts";
import { comparisonQueryOptions, useComparison } from "../api/get-comparison.ts";
import type { ComparisonStatusProps } from "../components/comparison-status.tsx";
import { createProgressStore } from "../lib/progress-store.ts";

/**
 * The story's comparison, and what the status line shows about it: progress,
 * Cancel, retry. While a big story is compared, `preview` holds its
 * word-for-word sharing, found first.
 */
export function useReaderComparison(story: Story) {
  const [progress] = useState(createProgressStore);
  const [preview, setPreview] = useState<CompareResult | null>(null);
  const comparison = useComparison(story, progress.set, setPreview);
  // Once the whole comparison is in, the preview is not needed any more.
  if (comparison.data && preview) setPreview(null);
  const queryClient = useQueryClient();
  const status: ComparisonStatusProps["status"] = comparison.isError
    ? "error"
    : !comparison.isPending
      ? "ready"
      : comparison.fetchStatus === "idle"
        ? "cancelled"
        : "pending";
  const engine: ComparisonStatusProps = {
    status,
    errorMessage: comparison.error?.message,
    progress,
    onCancel: () =>
      void queryClient.cancelQueries({ queryKey: comparisonQueryOptions(story).queryKey }),
    onRetry: () => void comparison.refetch(),
  };
  return { result: comparison.data, preview: status === "pending" ? preview : null, engine };
}
