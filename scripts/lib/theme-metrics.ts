/**
 * Theme tagging against hand-made labels: which themes each sentence of a
 * story speaks to, as a reader judged it (data/gold/<story>.theme-labels.json),
 * compared with the themes the tagger gives the engine's passages.
 *
 * Passages are clauses and pieces of sentences; the labels are whole
 * sentences. Each passage is assigned to the labelled sentence of its
 * version that it overlaps by the most characters (passages overlapping no
 * labelled sentence are left out and counted). A sentence's predicted
 * themes are the union of its passages' tags: what a reader filtering by a
 * theme sees lit in that sentence. Precision and recall are over
 * (sentence, theme) pairs, pooled over the story.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Comparison, VersionInput } from "../../src/core/align/types.ts";
import { parseStory, type Theme } from "../../src/core/story-format.ts";
import { ROOT } from "./data-tree.ts";
import { loadThemeLabels, type ThemeLabelledSentence } from "./theme-labels.ts";

/** One labelled sentence: where it is in its version's text, and its themes. */
export type ThemeLabel = ThemeLabelledSentence;

/** Reads a story's sentence labels, checking each against the version texts. */
export function readThemeLabels(storyId: string, versions: readonly VersionInput[]): ThemeLabel[] {
  return loadThemeLabels(storyId).sentences.map((label) => {
    const text = versions.find((v) => v.id === label.version)?.text;
    if (text?.slice(label.start, label.end) !== label.text)
      throw new Error(`${storyId}: labelled sentence not at its offsets: ${label.text}`);
    return label;
  });
}

/** A story's curated themes: the bundled story's from its public file, an eval story's from its folder. */
export function loadStoryThemes(storyId: string): Theme[] {
  const evalFile = join(ROOT, "data/eval/stories", storyId, "themes.json");
  if (existsSync(evalFile)) {
    const raw = JSON.parse(readFileSync(evalFile, "utf8")) as { themes?: Theme[] } | Theme[];
    return Array.isArray(raw) ? raw : (raw.themes ?? []);
  }
  const parsed = parseStory(
    JSON.parse(readFileSync(join(ROOT, `public/data/stories/${storyId}.json`), "utf8")),
  );
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.value.themes ?? [];
}

/** Found, missed and wrongly given (sentence, theme) pairs. */
export type Counts = { right: number; wrong: number; missed: number };

/** How a story's tags compare with its sentence labels. */
export type ThemeMeasure = {
  /** Pooled over every theme. */
  overall: Counts;
  /** The same per theme id. */
  byTheme: Map<string, Counts>;
  /** The same over passages (each passage judged by its sentence's labels): stricter, for reference. */
  passages: Counts;
  sentences: number;
  /** Passages with a labelled sentence, and without one (left out). */
  measuredPassages: number;
  unlabelledPassages: number;
  /** Sentences tagged with a theme the labels do not give it, and ones missing a theme they do. */
  wrongExamples: { theme: string; text: string }[];
  missedExamples: { theme: string; text: string }[];
};

/** Compares the tags of a comparison's passages with sentence labels, for the given themes. */
export function measureThemes(
  comparison: Comparison,
  passageThemes: readonly string[][],
  labels: readonly ThemeLabel[],
  themes: readonly Theme[],
): ThemeMeasure {
  const ids = new Set(themes.map((t) => t.id));
  const predicted = labels.map(() => new Set<string>());
  const passages: Counts = { right: 0, wrong: 0, missed: 0 };
  let measuredPassages = 0;
  comparison.passages.forEach((passage, p) => {
    let best = -1;
    let bestOverlap = 0;
    labels.forEach((label, s) => {
      if (label.version !== passage.version) return;
      const overlap = Math.min(label.end, passage.end) - Math.max(label.start, passage.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [s, overlap];
    });
    if (best < 0) return;
    measuredPassages += 1;
    const tags = passageThemes[p] ?? [];
    for (const id of tags) predicted[best]!.add(id);
    tally(passages, new Set(tags), new Set(labels[best]!.themes.filter((t) => ids.has(t))));
  });
  const overall: Counts = { right: 0, wrong: 0, missed: 0 };
  const byTheme = new Map(themes.map((t) => [t.id, { right: 0, wrong: 0, missed: 0 }]));
  const wrongExamples: ThemeMeasure["wrongExamples"] = [];
  const missedExamples: ThemeMeasure["missedExamples"] = [];
  labels.forEach((label, s) => {
    const gold = new Set(label.themes.filter((t) => ids.has(t)));
    tally(overall, predicted[s]!, gold);
    for (const id of ids) {
      const counts = byTheme.get(id)!;
      const said = predicted[s]!.has(id);
      const truth = gold.has(id);
      if (said && truth) counts.right += 1;
      else if (said) {
        counts.wrong += 1;
        wrongExamples.push({ theme: id, text: label.text });
      } else if (truth) {
        counts.missed += 1;
        missedExamples.push({ theme: id, text: label.text });
      }
    }
  });
  return {
    overall,
    byTheme,
    passages,
    sentences: labels.length,
    measuredPassages,
    unlabelledPassages: comparison.passages.length - measuredPassages,
    wrongExamples,
    missedExamples,
  };
}

function tally(counts: Counts, said: ReadonlySet<string>, truth: ReadonlySet<string>): void {
  for (const id of said) {
    if (truth.has(id)) counts.right += 1;
    else counts.wrong += 1;
  }
  for (const id of truth) if (!said.has(id)) counts.missed += 1;
}

/** Precision and recall of counts (1 when there is nothing to get wrong or to find). */
export function precisionRecall({ right, wrong, missed }: Counts): {
  precision: number;
  recall: number;
} {
  return {
    precision: right + wrong === 0 ? 1 : right / (right + wrong),
    recall: right + missed === 0 ? 1 : right / (right + missed),
  };
}

/** Share of all passages each theme tags. */
export function themeShares(
  passageThemes: readonly string[][],
  themes: readonly Theme[],
): Map<string, number> {
  const total = Math.max(1, passageThemes.length);
  return new Map(
    themes.map((theme) => [
      theme.id,
      passageThemes.filter((tags) => tags.includes(theme.id)).length / total,
    ]),
  );
}
