import { useMemo } from "react";
import type { Story, Theme } from "@/core/story-format.ts";
import type { CompareResult } from "@/worker/compare-client.ts";
import { applyThemeEdits, NO_EDITS } from "../lib/theme-edits.ts";
import { useThemeEdits } from "./use-theme-edits.ts";

/**
 * The themes a reader filters by: the story's curated ones, or the ones the
 * worker suggested, with the reader's renames, merges and deletions applied.
 */
export function useStoryThemes(story: Story, result: CompareResult | undefined) {
  const [edits, edit] = useThemeEdits(story.id);
  const suggested = result?.suggestedThemes ?? false;
  const edited = useMemo(() => {
    if (!result) return { themes: [] as Theme[], passageThemes: [] as string[][] };
    return applyThemeEdits(result.themes, result.passageThemes, suggested ? edits : NO_EDITS);
  }, [result, suggested, edits]);
  return { ...edited, suggested, edit };
}
