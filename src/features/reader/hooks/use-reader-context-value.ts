import { useMemo } from "react";
import type { Theme } from "@/core/story-format.ts";
import {
  describePassage,
  type ComparisonView,
  type ReaderCorrections,
  type ReaderState,
  type ShowMode,
  type ThemeMatch,
} from "@/features/comparison/index.ts";
import { usePassageDescriptions } from "./use-passage-descriptions.ts";

type ReaderContextInput = {
  view: ComparisonView | null;
  partial: boolean;
  params: { show: ShowMode; themes: string[] | null; match: ThemeMatch };
  /** The story's themes as the reader edited them (unknown ids in the URL are dropped). */
  themes: readonly Theme[];
  minToldBy: number;
  hoveredGroup: number | null;
  setHoveredGroup: (group: number | null) => void;
  selectedKey: string | null;
  select: (key: string | null) => void;
  corrections: ReaderCorrections;
};

/**
 * The reader state every column and panel reads, and the hidden passage
 * descriptions it points at. A new value re-renders every passage on screen
 * (thousands in a big story), so one is made only when something they draw
 * has changed.
 */
export function useReaderContextValue(input: ReaderContextInput) {
  const { view, partial, params, themes, minToldBy, hoveredGroup, setHoveredGroup } = input;
  const { selectedKey, select, corrections } = input;
  const descriptions = usePassageDescriptions(view);
  const themeIds = (params.themes ?? [])
    .filter((id) => themes.some((theme) => theme.id === id))
    .join(",");
  const state = useMemo<ReaderState | null>(
    () =>
      view && {
        view,
        partial,
        show: params.show,
        minToldBy,
        themeFilter: { ids: themeIds ? themeIds.split(",") : [], match: params.match },
        hoveredGroup,
        setHoveredGroup,
        selectedKey,
        select,
        corrections,
        descriptionId: (passage) => descriptions.get(describePassage(passage, view.labels)) ?? "",
      },
    [
      view,
      partial,
      params.show,
      minToldBy,
      themeIds,
      params.match,
      hoveredGroup,
      setHoveredGroup,
      selectedKey,
      select,
      corrections,
      descriptions,
    ],
  );
  return { state, descriptions };
}
