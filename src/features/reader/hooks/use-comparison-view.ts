import { startTransition, useEffect, useMemo, useState } from "react";
import type { Correction } from "@/core/align/types.ts";
import type { Story, Theme } from "@/core/story-format.ts";
import { buildComparisonViewSteps, type ComparisonView } from "@/features/comparison/index.ts";
import { runSteps } from "@/core/steps.ts";
import { pauseForInput } from "@/lib/pause-for-input.ts";
import type { CompareResult } from "@/worker/compare-client.ts";

/**
 * Past this many passages, over more than SLICE_VERSIONS_ABOVE versions, the
 * view is built between frames, a version at a time, rather than in one
 * render: at 200 versions (18,000 passages) building it took ~30 ms of a
 * render that, with React's own work and the garbage collector, held the page
 * for 60–100 ms. A story of a few versions is built in its render, as before:
 * its first highlights wait for nothing, and a version at a time would not
 * cut two very long versions into smaller slices.
 */
export const BUILD_IN_SLICES_ABOVE = 4000;
const SLICE_VERSIONS_ABOVE = 12;

/** A view and the result it was built from (the page shows them together). */
export type BuiltView = { story: Story; result: CompareResult; view: ComparisonView };

type ViewInput = {
  story: Story;
  result: CompareResult | undefined;
  passageThemes: readonly string[][];
  themes: readonly Theme[];
  readerLinks: readonly Correction[];
};

/**
 * The view of `result`, built in the render for a small story, or for a big
 * one in slices that give the browser a turn (pauseForInput): until a big
 * story's new view is ready, the one before stays (the preview's, say), with
 * the result it was built from, so what is drawn and what is said about it agree.
 */
export function useComparisonView({
  story,
  result,
  passageThemes,
  themes,
  readerLinks,
}: ViewInput): BuiltView | null {
  const inSlices =
    result !== undefined &&
    result.comparison.passages.length > BUILD_IN_SLICES_ABOVE &&
    story.versions.length > SLICE_VERSIONS_ABOVE;
  // The job for this input: run at once (in the render) or in slices (after it).
  const job = useMemo(
    () =>
      result && {
        result,
        steps: () =>
          buildComparisonViewSteps({
            story,
            comparison: result.comparison,
            passageThemes,
            themes,
            readerLinks,
            suggestions: result.suggestions,
            discrepancies: result.discrepancies,
          }),
      },
    [story, result, passageThemes, themes, readerLinks],
  );
  const inRender = useMemo(
    () => (job && !inSlices ? { story, result: job.result, view: runSteps(job.steps()) } : null),
    [story, job, inSlices],
  );
  const [sliced, setSliced] = useState<BuiltView | null>(null);
  useEffect(() => {
    if (!job || !inSlices) return;
    let stopped = false;
    const pause = pauseForInput(8);
    const steps = job.steps();
    void (async () => {
      for (;;) {
        const step = steps.next();
        if (step.done) {
          // Drawn as the deferred result is, in an interruptible background render: as a
          // plain update React would draw every column on screen in one task.
          if (!stopped)
            startTransition(() => setSliced({ story, result: job.result, view: step.value }));
          return;
        }
        await pause();
        if (stopped) return;
      }
    })();
    return () => {
      stopped = true;
    };
  }, [story, job, inSlices]);
  if (!inSlices) return inRender;
  // A view of the story as it was (before an edit) would point into texts it no longer has.
  return sliced?.story === story ? sliced : null;
}
