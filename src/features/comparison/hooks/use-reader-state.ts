import { createContext, useContext } from "react";
import type { ShowMode, ThemeFilter } from "../lib/reading-filters.ts";
import type { ComparisonView, ViewPassage } from "../lib/comparison-view.ts";
import type { useCorrections } from "./use-corrections.ts";

/** The reader's corrections: the list, its anchoring, and ways to add and take back. */
export type ReaderCorrections = ReturnType<typeof useCorrections>;

/** The comparison and the reader's interaction state, for every column and panel. */
export type ReaderState = {
  view: ComparisonView;
  /** The view is a big story's word-for-word preview: paraphrases are still being found. */
  partial: boolean;
  show: ShowMode;
  minToldBy: number;
  themeFilter: ThemeFilter;
  /** Group whose passages are lit up because one of them is hovered or focused. */
  hoveredGroup: number | null;
  setHoveredGroup: (group: number | null) => void;
  selectedKey: string | null;
  select: (key: string | null) => void;
  corrections: ReaderCorrections;
  /** Id of the hidden element that describes a passage to screen readers. */
  descriptionId: (passage: ViewPassage) => string;
};

export const ReaderContext = createContext<ReaderState | null>(null);

/** The comparison state, or null while the engine has not answered yet. */
export function useReaderState(): ReaderState | null {
  return useContext(ReaderContext);
}
