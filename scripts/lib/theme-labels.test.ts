import { describe, expect, it } from "vitest";
import {
  loadLabelledStoryVersions,
  loadStoryThemeIds,
  loadThemeLabels,
  storySentences,
  THEME_LABELLED_STORIES,
} from "./theme-labels.ts";

describe.each(THEME_LABELLED_STORIES)("theme labelling of %s", (storyId) => {
  const labels = loadThemeLabels(storyId);
  const versions = loadLabelledStoryVersions(storyId);

  it("belongs to the story and lists exactly the story's themes", () => {
    expect(labels.story).toBe(storyId);
    expect(labels.rule.length).toBeGreaterThan(0);
    expect(labels.themes).toEqual(loadStoryThemeIds(storyId));
  });

  it("quotes each sentence exactly at its offsets in the version's engine text", () => {
    for (const sentence of labels.sentences) {
      const text = versions.find((version) => version.id === sentence.version)?.text;
      expect(text, `version ${sentence.version}`).toBeDefined();
      expect(text!.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("covers every sentence of every version, in order, once", () => {
    const expected = storySentences(versions).map(
      ({ version, start, end }) => `${version}:${start}-${end}`,
    );
    const labelled = labels.sentences.map(
      ({ version, start, end }) => `${version}:${start}-${end}`,
    );
    expect(labelled).toEqual(expected);
  });

  it("uses only the story's theme ids, each at most once per sentence", () => {
    const known = new Set(labels.themes);
    for (const sentence of labels.sentences) {
      expect(new Set(sentence.themes).size, sentence.text).toBe(sentence.themes.length);
      for (const theme of sentence.themes) expect(known.has(theme), theme).toBe(true);
    }
  });
});
