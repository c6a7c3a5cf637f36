import { useSyncExternalStore } from "react";
import type { ProgressStore } from "../lib/value-store.ts";

const STAGE_LABELS: Record<string, string> = {
  segment: "reading the versions",
  verbatim: "finding shared wording",
  paraphrase: "matching claims told in other words",
  group: "grouping claims",
  passages: "marking passages",
  facts: "checking facts the versions disagree on",
};

export type ComparisonStatusProps = {
  status: "pending" | "cancelled" | "error" | "ready";
  errorMessage: string | undefined;
  progress: ProgressStore;
  onCancel: () => void;
  onRetry: () => void;
};

/** While the engine works: a progress bar with its stage and Cancel; after a cancel or failure, a way back. */
export function ComparisonStatus({
  status,
  errorMessage,
  progress,
  onCancel,
  onRetry,
}: ComparisonStatusProps) {
  const current = useSyncExternalStore(progress.subscribe, progress.get);
  const button =
    "rounded-md border border-stone-300 px-2.5 py-0.5 text-sm hover:bg-stone-200 dark:border-stone-600 dark:hover:bg-stone-800";
  if (status === "pending") {
    const percent = Math.round((current?.fraction ?? 0) * 100);
    return (
      <div className="flex min-h-8 items-center gap-3 text-sm text-stone-600 dark:text-stone-400">
        <div
          role="progressbar"
          aria-label="Comparing the versions"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}%, ${STAGE_LABELS[current?.stage ?? "segment"]}`}
          className="h-1.5 w-32 overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700"
        >
          <div
            className="h-full bg-sky-600 transition-[width] dark:bg-sky-400"
            style={{ width: `${percent}%` }}
          />
        </div>
        <span>Finding what the versions share… {current ? STAGE_LABELS[current.stage] : ""}</span>
        <button type="button" onClick={onCancel} className={button}>
          Cancel
        </button>
      </div>
    );
  }
  if (status === "cancelled" || status === "error") {
    return (
      <p
        role="alert"
        className="flex min-h-8 items-center gap-3 text-sm text-stone-700 dark:text-stone-300"
      >
        {status === "cancelled"
          ? "Comparison cancelled: the texts are shown without highlights."
          : `Could not compare the versions: ${errorMessage}. The texts are shown without highlights.`}
        <button type="button" onClick={onRetry} className={button}>
          Compare again
        </button>
      </p>
    );
  }
  return null;
}
