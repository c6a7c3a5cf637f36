/**
 * Named timings the app leaves in the browser's performance timeline, so
 * scripts can measure what a reader waits for (scripts/measure-first-highlights.ts).
 */
export const MARKS = {
  storyLoaded: "parallax:story-loaded",
  /** The first comparison request handed to the worker. */
  comparisonSent: "parallax:comparison-sent",
  /** The first comparison result received from the worker. */
  resultReceived: "parallax:result-received",
  highlightsShown: "parallax:highlights-shown",
  firstHighlights: "parallax:first-highlights",
} as const;

/** Marks a moment once per page load (later calls are ignored). */
export function markOnce(name: string): void {
  if (typeof performance === "undefined" || performance.getEntriesByName(name, "mark").length > 0)
    return;
  performance.mark(name);
  if (
    name === MARKS.highlightsShown &&
    performance.getEntriesByName(MARKS.storyLoaded, "mark").length > 0
  ) {
    performance.measure(MARKS.firstHighlights, MARKS.storyLoaded, MARKS.highlightsShown);
  }
}
