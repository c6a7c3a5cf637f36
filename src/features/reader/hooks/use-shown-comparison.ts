import { useDeferredValue, useMemo } from "react";
import type { Comparison, Correction } from "@/core/align/types.ts";
import type { Story } from "@/core/story-format.ts";
import { isPreview, showOnly, useReaderComparison } from "@/features/comparison/index.ts";
import { useStoryThemes } from "@/features/themes/index.ts";
import { drawsAtOnce } from "../lib/draws-at-once.ts";
import { useComparisonView } from "./use-comparison-view.ts";

/**
 * The story's comparison as the columns draw it: the engine's result (or a
 * big story's preview), its themes, the view of every version (for the
 * overview) and the view of the versions shown (`shown`, column order),
 * where sharing counts only the shown versions.
 */
export function useShownComparison(story: Story, shown: readonly string[]) {
  const { result: latest, preview, engine: latestEngine, corrections } = useReaderComparison(story);
  // Highlights for hundreds of versions take React a while to draw: a
  // deferred value draws them in an interruptible background render, so the
  // page keeps answering meanwhile (no long task), and the status line says
  // "working" until they are on screen. A big story's word-for-word preview
  // shows until then. A small story's are drawn at once, in one short task:
  // deferred, they waited for a render cut in 5 ms slices between the page's
  // other work (30–40 ms longer to first highlights for the bundled story).
  const next = latest ?? preview ?? undefined;
  const background = useDeferredValue(next);
  const deferred = next && drawsAtOnce(next.comparison) ? next : background;
  const themes = useStoryThemes(story, deferred);
  // On `corrections.active`, not the corrections object (new each render): otherwise every
  // render, a hover's included, rebuilt the whole view (half a second at 2 × 200,000 words).
  const active = corrections.active;
  const readerLinks = useMemo(() => appliedLinks(deferred, active), [deferred, active]);
  const built = useComparisonView({
    story,
    result: deferred,
    passageThemes: themes.passageThemes,
    themes: themes.themes,
    readerLinks,
  });
  // The result drawn: the deferred one, or for a big story the one whose view is built
  // (its preview's, say, while the full result's view is built between frames).
  const result = built?.result;
  // Still the preview while it shows, even after the full result has arrived
  // and is being drawn in the background.
  const partial = result !== undefined && isPreview(result);
  // Only a new comparison is "working": its suggestions, tags or facts arriving after it change
  // no highlight, so the count stays while they are drawn.
  const engine =
    latest !== undefined && result?.comparison !== latest.comparison
      ? { ...latestEngine, status: "pending" as const }
      : latestEngine;
  const fullView = built?.view ?? null;
  const shownKey = shown.join(",");
  const view = useMemo(
    () => fullView && showOnly(fullView, shownKey.split(",")),
    [fullView, shownKey],
  );
  return { result, partial, engine, corrections, themes, readerLinks, fullView, view };
}

// The reader's links the engine applied (it reports each correction's outcome).
function appliedLinks(
  result: { comparison: Comparison } | undefined,
  active: readonly Correction[],
): Correction[] {
  const applied = new Set(
    (result?.comparison.corrections ?? [])
      .filter((outcome) => outcome.status === "applied")
      .map((outcome) => outcome.id),
  );
  return active.filter((c) => c.kind === "link" && applied.has(c.id));
}
