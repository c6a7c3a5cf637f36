/**
 * The eval's section on themes, as Markdown: tagging precision and recall
 * against hand-made sentence labels for each story, the share of passages
 * each theme covers, and the themes suggested for each story with a
 * person's judgement of each (data/gold/<story>.theme-suggestion-judgements.json).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions } from "../../src/core/align/compare-versions.ts";
import type { VersionInput } from "../../src/core/align/types.ts";
import { suggestThemes, MAX_SUGGESTION_SHARE } from "../../src/core/themes/suggest-themes.ts";
import {
  MIN_EVIDENCE,
  MIN_SYNONYM,
  PASSING_NAME_WEIGHT,
  RARE_SHARE,
} from "../../src/core/themes/tag-passages.ts";
import { tagPassages } from "../../src/core/themes/tag-passages.ts";
import type { WordVectors } from "../../src/core/vectors/word-vectors.ts";
import { ROOT } from "./data-tree.ts";
import {
  loadStoryThemes,
  readThemeLabels,
  measureThemes,
  precisionRecall,
  themeShares,
} from "./theme-metrics.ts";

/** Targets from issue 18. */
export const THEME_TARGETS = { precision: 0.85, recall: 0.75, maxShare: 0.4 };

type Judgement = { label: string; verdict: "good" | "fair" | "poor"; note: string };

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const meets = (ok: boolean) => (ok ? "met" : "**missed**");

/** Section: theme tagging and suggestions on the stories given ({ id, versions }). */
export function reportThemes(
  stories: readonly { id: string; versions: VersionInput[] }[],
  vectors: WordVectors,
): string {
  const parts = stories.map((story) => {
    const comparison = compareVersions(story.versions, { vectors });
    const themes = loadStoryThemes(story.id);
    const tags = tagPassages(comparison, themes, vectors);
    const labels = readThemeLabels(story.id, story.versions);
    const measure = measureThemes(comparison, tags, labels, themes);
    const shares = themeShares(tags, themes);
    const { precision, recall } = precisionRecall(measure.overall);
    const passageLevel = precisionRecall(measure.passages);
    const widest = [...shares.values()].reduce((most, share) => Math.max(most, share), 0);
    const mostOnOne = tags.reduce((most, ids) => Math.max(most, ids.length), 0);
    const threeOrMore = tags.filter((ids) => ids.length >= 3).length;
    console.log(
      `Themes (${story.id}): precision ${pct(precision)}, recall ${pct(recall)} over ${measure.sentences} sentences; widest theme ${pct(widest)} of passages`,
    );
    const suggestions = suggestThemes(comparison, vectors);
    const judgements = readJudgements(story.id);
    const judged = suggestions.map((s) => ({
      suggestion: s,
      judgement: judgements.find((j) => j.label === s.label),
    }));
    const verdicts = (verdict: Judgement["verdict"]) =>
      judged.filter((j) => j.judgement?.verdict === verdict).length;
    const labelOf = new Map(themes.map((t) => [t.id, t.label]));
    const goldShare = (id: string) =>
      labels.filter((l) => l.themes.includes(id)).length / Math.max(1, labels.length);
    return `### ${story.id}

${comparison.passages.length} passages in ${story.versions.length} versions; ${measure.sentences} labelled sentences
(\`data/gold/${story.id}.theme-labels.json\`); ${measure.unlabelledPassages} passages overlap no labelled sentence and are left out.

| measure | result | target |
| --- | --- | --- |
| precision, (sentence, theme) pairs | ${pct(precision)} (${measure.overall.right} right, ${measure.overall.wrong} wrong) | ≥ ${pct(THEME_TARGETS.precision)}: ${meets(precision >= THEME_TARGETS.precision)} |
| recall, (sentence, theme) pairs | ${pct(recall)} (${measure.overall.missed} missed) | ≥ ${pct(THEME_TARGETS.recall)}: ${meets(recall >= THEME_TARGETS.recall)} |
| widest theme, share of passages | ${pct(widest)} | ≤ ${pct(THEME_TARGETS.maxShare)}: ${meets(widest <= THEME_TARGETS.maxShare)} |
| most themes on one passage; passages with three or more | ${mostOnOne} of ${themes.length}; ${threeOrMore} of ${comparison.passages.length} | |
| for reference: per passage (each judged by its sentence's labels) | precision ${pct(passageLevel.precision)}, recall ${pct(passageLevel.recall)} | |

| theme | passages tagged | sentences labelled | precision | recall |
| --- | --- | --- | --- | --- |
${themes
  .map((theme) => {
    const counts = measure.byTheme.get(theme.id)!;
    const pr = precisionRecall(counts);
    return `| ${theme.label} | ${pct(shares.get(theme.id)!)} | ${pct(goldShare(theme.id))} | ${pct(pr.precision)} (${counts.right}/${counts.right + counts.wrong}) | ${pct(pr.recall)} (${counts.right}/${counts.right + counts.missed}) |`;
  })
  .join("\n")}

${examples("Tagged, but the labels do not give the theme", measure.wrongExamples, labelOf)}
${examples("Labelled, but not tagged", measure.missedExamples, labelOf)}
**Suggested themes** (as if the story had none; judged by reading, in
\`data/gold/${story.id}.theme-suggestion-judgements.json\`): ${verdicts("good")} good, ${verdicts("fair")} fair,
${verdicts("poor")} poor${judged.some((j) => !j.judgement) ? `, ${judged.filter((j) => !j.judgement).length} **not yet judged**` : ""}.

| suggestion | terms | passages | versions | judged | why |
| --- | --- | --- | --- | --- | --- |
${judged
  .map(
    ({ suggestion, judgement }) =>
      `| ${suggestion.label} | ${suggestion.terms.join(", ")} | ${suggestion.passages} (${pct(suggestion.passages / comparison.passages.length)}) | ${suggestion.versions} | ${judgement?.verdict ?? "not yet"} | ${judgement?.note ?? ""} |`,
  )
  .join("\n")}
`;
  });
  return `## 8. Themes

Tagging (\`src/core/themes/tag-passages.ts\`): a passage gets a theme from its own words only — a
term's stem, a whole phrase, or a near-synonym (word-table similarity ≥ ${MIN_SYNONYM}) of a lower-case term —
each weighing 1 when it is in at most ${pct(RARE_SHARE)} of the story's passages and less the more story-wide it is;
a passage needs ${MIN_EVIDENCE} of evidence, and a name mentioned in passing (in a list, joined by a dash, after "on", "by",
"against"…) counts ${PASSING_NAME_WEIGHT}. No tag passes through a group (docs/themes.md). Suggestions
(\`suggest-themes.ts\`) are recurring names and phrases in at most ${pct(MAX_SUGGESTION_SHARE)} of passages.

**How it is measured.** The labels are whole sentences, read by another session without running the
tagger; passages are clauses and pieces of sentences. Each passage is assigned to the labelled
sentence of its version that it overlaps by the most characters, and a sentence's predicted themes
are the union of its passages' tags (what a reader filtering by a theme sees lit in it). Precision and
recall count (sentence, theme) pairs over the whole story. The per-passage row judges each passage by
its sentence's labels, so a clause that does not itself name the sentence's theme counts as missed.

**What was tuned on what.** The labels were made by reading, before any output of this tagger
existed. After a first measurement (bundled story: precision 68%, recall 87%), four things were
changed while looking at the bundled story's mistakes: names mentioned in passing count half (most
wrong tags were actors merely listed: “European and Canadian leaders”), its curated terms (“aid”
left Humanitarian aid — “military aid” is not humanitarian; “U.S.-led” left U.S. leadership — it
names the effort, not what Washington does; “credible” left Security guarantees), the prepositions after which a name counts as named in passing, and the synonym threshold
(0.6 → 0.7). So the bundled story's figures are no longer blind. The second
story's themes were written by the labelling session and not touched here; its figures are the
untuned check, and they miss the targets: most misses are sentences on a theme in words none of its
terms reach (“Okafor said the warehouse itself was a total loss”), which term matching cannot find.

${parts.join("\n")}`;
}

function examples(
  title: string,
  list: readonly { theme: string; text: string }[],
  labelOf: ReadonlyMap<string, string>,
): string {
  if (list.length === 0) return `${title}: none.\n`;
  const shown = list.slice(0, 12);
  const quote = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
  return `${title} (${list.length}${list.length > shown.length ? `, first ${shown.length}` : ""}):

${shown.map((e) => `- ${labelOf.get(e.theme) ?? e.theme}: “${quote(e.text.trim())}”`).join("\n")}
`;
}

function readJudgements(storyId: string): Judgement[] {
  const file = join(ROOT, `data/gold/${storyId}.theme-suggestion-judgements.json`);
  if (!existsSync(file)) return [];
  const raw = JSON.parse(readFileSync(file, "utf8")) as { judgements?: Judgement[] };
  return raw.judgements ?? [];
}
