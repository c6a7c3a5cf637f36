import { useCallback, useEffect, useMemo, useState } from "react";
import type { Comparison } from "@/core/align/types.ts";
import type { Story, Theme } from "@/core/story-format.ts";
import type { PassageIndex } from "@/core/themes/tag-passages.ts";
import { runStepsWithPauses } from "@/core/steps.ts";
import { pauseForInput } from "@/lib/pause-for-input.ts";
import type { CompareResult } from "@/worker/compare-client.ts";
import { applyThemeEdits, NO_EDITS } from "../lib/theme-edits.ts";
import { useOwnThemes } from "./use-own-themes.ts";
import { useThemeEdits } from "./use-theme-edits.ts";

const NO_TAGS: string[][] = [];

/** The tagger, loaded on the page only once the reader has themes of their own or opens the editor. */
type Tagger = typeof import("@/core/themes/tag-passages.ts");

/**
 * The themes a reader filters by: the story's curated ones, or the ones the
 * worker suggested, with the reader's renames, merges and deletions applied;
 * then the reader's own themes, tagged here from each passage's own words
 * (stems and phrases: no word table on the page, so what the reader typed
 * is what counts).
 */
export function useStoryThemes(story: Story, result: CompareResult | undefined) {
  const [edits, edit] = useThemeEdits(story.id);
  const { own, save: saveOwn, problem } = useOwnThemes(story);
  const suggested = result?.suggestedThemes ?? false;
  const edited = useMemo(() => {
    if (!result) return { themes: [] as Theme[], passageThemes: NO_TAGS };
    // Until the worker's tags arrive (just after the highlights), no passage has a theme.
    const tags = result.passageThemes ?? result.comparison.passages.map(() => []);
    return applyThemeEdits(result.themes, tags, suggested ? edits : NO_EDITS);
  }, [result, suggested, edits]);
  // Reading every passage costs a pass over the story's text: done once the
  // reader has themes of their own or opens the editor (`prepare`).
  const [wanted, setWanted] = useState(false);
  const needed = wanted || own.length > 0;
  const [tagger, setTagger] = useState<Tagger | null>(null);
  useEffect(() => {
    if (needed && !tagger) void import("@/core/themes/tag-passages.ts").then(setTagger);
  }, [needed, tagger]);
  const comparison: Comparison | null = result?.comparison ?? null;
  const index = usePassageIndex(comparison, needed ? tagger : null);
  const combined = useMemo(() => {
    if (!result || own.length === 0 || !index || !tagger) return edited;
    const ownTags = tagger.tagIndexedPassages(index, own, null);
    return {
      themes: [...edited.themes, ...own],
      passageThemes: edited.passageThemes.map((ids, i) =>
        ownTags[i]!.length > 0 ? [...ids, ...ownTags[i]!] : ids,
      ),
    };
  }, [result, own, index, tagger, edited]);
  const prepare = useCallback(() => setWanted(true), []);
  return {
    ...combined,
    suggested,
    /** True while the worker is still finding the themes and tagging the passages. */
    tagging: result !== undefined && result.passageThemes === null,
    edit,
    own,
    saveOwn,
    /** Why the last change to the reader's own themes was not kept, if it was not. */
    ownProblem: problem,
    comparison,
    /** The passages read for tagging, once prepared (for the editor's previews). */
    index,
    /** The tagger, once loaded (see `prepare`). */
    tagger,
    prepare,
  };
}

/** Everything the themes feature knows of a story's themes (what useStoryThemes returns). */
export type StoryThemes = ReturnType<typeof useStoryThemes>;

/**
 * The comparison's passages read for tagging, once `tagger` is there: read
 * in slices between which the page answers its reader (a story of 200
 * versions takes 150 ms or more to read), so null until done, and again
 * for a new comparison until it is read.
 */
function usePassageIndex(comparison: Comparison | null, tagger: Tagger | null) {
  const [indexed, setIndexed] = useState<{ of: Comparison; index: PassageIndex } | null>(null);
  useEffect(() => {
    if (!comparison || !tagger) return;
    let cancelled = false;
    void runStepsWithPauses(
      tagger.indexPassagesInSteps(comparison),
      pauseForInput(),
      () => cancelled,
    ).then((index) => {
      if (index) setIndexed({ of: comparison, index });
    });
    return () => {
      cancelled = true;
    };
  }, [comparison, tagger]);
  return indexed && indexed.of === comparison ? indexed.index : null;
}
