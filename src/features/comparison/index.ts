/**
 * The open story's comparison, and the reading state every other reading
 * feature reads: the engine's result and its status line, the view model
 * built from it, the reading params in the URL, and the reader's selection.
 * Features that show the comparison (reader, passage details, overview,
 * themes) import these from here; nothing here imports them.
 */
export { ComparisonStatus, type ComparisonStatusProps } from "./components/comparison-status.tsx";
export { useCompareOnArrival } from "./hooks/use-compare-on-arrival.ts";
export { useReaderComparison } from "./hooks/use-reader-comparison.ts";
export { isPreview } from "./lib/comparison-events.ts";
export {
  ReaderContext,
  useReaderState,
  type ReaderCorrections,
  type ReaderState,
} from "./hooks/use-reader-state.ts";
export { useReadingParams } from "./hooks/use-reading-params.ts";
export {
  SHOW_MODES,
  THEME_MATCHES,
  type ShowMode,
  type ThemeFilter,
  type ThemeMatch,
} from "./lib/reading-filters.ts";
export {
  buildComparisonView,
  buildComparisonViewSteps,
  describePassage,
  listLabels,
  passageAt,
  showOnly,
  type ComparisonView,
  type ViewSource,
  type VersionOrigin,
  type VersionView,
  type ViewPassage,
  type ViewSegment,
} from "./lib/comparison-view.ts";
export { groupStretches, type Stretch } from "./lib/group-stretches.ts";
