/**
 * The hand-made theme labelling of a story (data/gold/<story>.theme-labels.json):
 * every sentence of every version, as the engine reads the version texts,
 * with the themes a careful reader found in its own words. It is the
 * reference against which the tagger's precision and recall are measured.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { VersionInput } from "../../src/core/align/types.ts";
import { segmentSentences } from "../../src/core/text/segment-sentences.ts";
import { ROOT } from "./data-tree.ts";
import { loadEvalStoryGold, loadGold } from "./gold.ts";

/** One labelled sentence: UTF-16 offsets into its version's engine text, `end` exclusive. */
export type ThemeLabelledSentence = {
  version: string;
  start: number;
  end: number;
  text: string;
  themes: string[];
};

/** A story's theme labelling as stored on disk. */
export type ThemeLabels = {
  story: string;
  rule: string;
  themes: string[];
  sentences: ThemeLabelledSentence[];
};

/** Stories that have a theme labelling, by id. */
export const THEME_LABELLED_STORIES = ["allied-leaders-weigh-peace-efforts", "chemical-plant-fire"];

/** Whether a story is an evaluation story (data/eval/stories/<id>/) rather than a bundled one. */
function isEvalStory(storyId: string): boolean {
  return existsSync(join(ROOT, "data/eval/stories", storyId));
}

/**
 * A story's versions as the engine reads them, loaded the same way the
 * evaluation loads them, so labelled offsets match the measured text.
 */
export function loadLabelledStoryVersions(storyId: string): VersionInput[] {
  return isEvalStory(storyId) ? loadEvalStoryGold(storyId).versions : loadGold(storyId).versions;
}

/** The theme ids a story defines, from its themes.json. */
export function loadStoryThemeIds(storyId: string): string[] {
  const file = isEvalStory(storyId)
    ? join(ROOT, "data/eval/stories", storyId, "themes.json")
    : join(ROOT, "data/stories", storyId, "themes.json");
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { themes: { id: string }[] };
  return parsed.themes.map((theme) => theme.id);
}

/** Every sentence of every version, in order, as the project's segmenter splits it. */
export function storySentences(versions: VersionInput[]): Omit<ThemeLabelledSentence, "themes">[] {
  const sentences: Omit<ThemeLabelledSentence, "themes">[] = [];
  for (const version of versions) {
    for (const span of segmentSentences(version.text)) {
      sentences.push({
        version: version.id,
        start: span.start,
        end: span.end,
        text: version.text.slice(span.start, span.end),
      });
    }
  }
  return sentences;
}

/** Reads a story's theme labelling (data/gold/<story>.theme-labels.json). */
export function loadThemeLabels(storyId: string): ThemeLabels {
  return JSON.parse(
    readFileSync(join(ROOT, `data/gold/${storyId}.theme-labels.json`), "utf8"),
  ) as ThemeLabels;
}
