/**
 * `npm run eval`: measures the engine's quality and writes docs/quality.md.
 * 1. The pair model on MRPC's training split, 10-fold cross-validated.
 * 2. The bundled story against its hand-made gold alignment, and against a
 *    second, blind annotation.
 * 3. A second, invented story with its own gold.
 * 4. Unrelated articles on one subject: how much lights up as shared, as a
 *    pair and pasted among the bundled story's versions.
 * 5. Suggestions: how well they rank the gold's counterparts; each band's precision.
 * 6. Strictness levels on the stories with gold.
 * 7. Fact discrepancies: detection on edited copies, flags on the real stories.
 * 8. Themes: tagging against hand-made sentence labels, coverage, suggestions judged by hand.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareVersions } from "../src/core/align/compare-versions.ts";
import { MAX_UNITS_PER_VERSION } from "../src/core/align/group-units.ts";
import {
  DEFAULT_LINK_OPTIONS,
  DEFAULT_MIN_COHESION,
  MIN_ANCHORS,
  STRONG_AGREEMENT,
  STRONG_AGREEMENT_Z_MARGIN,
} from "../src/core/align/link-paraphrases.ts";
import { MIN_CLAUSE_WORDS } from "../src/core/text/split-clauses.ts";
import { ROOT } from "./lib/data-tree.ts";
import { loadEvalStoryGold, loadGold, type Gold } from "./lib/gold.ts";
import { bestGroupingRecall } from "./lib/gold-ceiling.ts";
import { prepareUnits } from "../src/core/align/prepare-units.ts";
import { loadWordVectors } from "./lib/load-vectors.ts";
import { readMrpcTrain } from "./lib/mrpc.ts";
import { crossValidate, pairInputs } from "./lib/pair-dataset.ts";
import { measureAgainstGold } from "./lib/story-metrics.ts";
import { readUnrelatedArticle, readUnrelatedPair, UNRELATED_PAIRS } from "./lib/unrelated.ts";
import { reportStrictness, reportSuggestions } from "./lib/suggestion-report.ts";
import { sharedShare } from "./lib/strictness-table.ts";
import { reportFacts } from "./lib/fact-report.ts";
import { reportThemes } from "./lib/theme-report.ts";

const STORY = "allied-leaders-weigh-peace-efforts";
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

const vectors = loadWordVectors();

const pairs = readMrpcTrain();
const labels = pairs.map((pair) => pair.label ?? 0);
const cv = crossValidate(pairInputs(pairs, vectors), labels);
console.log(`MRPC 10-fold CV: accuracy ${pct(cv.accuracy)}, F1 ${(cv.f1 * 100).toFixed(1)}`);

const gold = loadGold(STORY);
const comparison = compareVersions(gold.versions, { vectors });
const story = measureAgainstGold(comparison, gold);
// What any grouping of the engine's units could reach (clause units), and of whole sentences.
const texts = gold.versions.map((v) => v.text);
const ceiling = {
  clauses: bestGroupingRecall(gold, prepareUnits(texts)),
  sentences: bestGroupingRecall(gold, prepareUnits(texts, { clauses: false })),
};
// A second, blind annotation of the same story: how far two careful readers
// agree, and how the engine does against the links both made.
const second = loadGold(STORY, "second-annotation");
const linkKey = ([a, b]: Gold["links"][number]) =>
  `${a.version}:${a.start}|${b.version}:${b.start}`;
const secondKeys = new Set(second.links.map(linkKey));
const agreedLinks = gold.links.filter((link) => secondKeys.has(linkKey(link)));
const sentenceKey = (s: { version: string; start: number }) => `${s.version}:${s.start}`;
const goldUniqueKeys = new Set(gold.unique.map(sentenceKey));
const uniqueBoth = second.unique.filter((s) => goldUniqueKeys.has(sentenceKey(s))).length;
// Sentences the second annotator ties to a sentence of another version.
const linkedBySecond = new Set(second.links.flatMap((pair) => pair.map(sentenceKey)));
const goldUniqueLinkedBySecond = gold.unique.filter((s) =>
  linkedBySecond.has(sentenceKey(s)),
).length;
const linkAgreementF1 = (2 * agreedLinks.length) / (gold.links.length + second.links.length);
const againstSecond = measureAgainstGold(comparison, second);
const againstAgreed = measureAgainstGold(comparison, { ...gold, links: agreedLinks });
// A story the engine was not tuned on.
const FIRE = "chemical-plant-fire";
const fireGold = loadEvalStoryGold(FIRE);
const fire = measureAgainstGold(compareVersions(fireGold.versions, { vectors }), fireGold);
const fireJudged = {
  right: fire.extraLinks.filter((l) => l.verdict === "right").length,
  wrong: fire.extraLinks.filter((l) => l.verdict === "wrong").length,
};
console.log(
  `Second story (${FIRE}): ${fire.linksFound}/${fire.goldLinks} gold links found, ` +
    `${fire.uniqueMarkedShared}/${fire.goldUnique} gold-unique sentences marked shared, ${fire.extraLinks.length} links beyond the gold`,
);
const judged = {
  right: story.extraLinks.filter((l) => l.verdict === "right").length,
  wrong: story.extraLinks.filter((l) => l.verdict === "wrong").length,
};
const unjudged = story.extraLinks.length - judged.right - judged.wrong;
console.log(
  `Bundled story: ${story.linksFound}/${story.goldLinks} gold links found (${pct(story.linksFound / story.goldLinks)}), ` +
    `${story.uniqueMarkedShared}/${story.goldUnique} gold-unique sentences marked shared, ` +
    `${story.extraLinks.length} links beyond the gold (read: ${judged.right} right, ${judged.wrong} wrong; ${unjudged} not yet read)`,
);

const unrelated = UNRELATED_PAIRS.map((pair) => {
  const versions = readUnrelatedPair(pair);
  const result = compareVersions(versions, { vectors });
  return { pair, shares: versions.map((v) => sharedShare(result, v.id)) };
});
const allShares = unrelated.flatMap((u) => u.shares);
const meanUnrelated = allShares.reduce((a, b) => a + b, 0) / allShares.length;
console.log(
  `Unrelated same-subject pairs: ${pct(meanUnrelated)} of text marked shared on average (max ${pct(allShares.reduce((max, share) => Math.max(max, share), 0))})`,
);

// The same articles, each added to the bundled story as a sixth "version":
// what a reader sees after pasting the wrong article. With several versions,
// a stray word match has more places to land than in a pair.
const mixedIn = UNRELATED_PAIRS.flat().map((name) => {
  const article = readUnrelatedArticle(name);
  const result = compareVersions([...gold.versions, article], { vectors });
  return { name, share: sharedShare(result, article.id) };
});
console.log(
  `Unrelated article among the bundled versions: ${mixedIn.map((m) => `${m.name} ${pct(m.share)}`).join(", ")}`,
);

const suggestionsSection = reportSuggestions([gold, fireGold], vectors);
const strictnessSection = reportStrictness([gold, fireGold], vectors);
const factsSection = reportFacts(
  { id: STORY, versions: gold.versions },
  { id: FIRE, versions: fireGold.versions },
  vectors,
);
const themesSection = reportThemes(
  [
    { id: STORY, versions: gold.versions },
    { id: FIRE, versions: fireGold.versions },
  ],
  vectors,
);

const quote = (text: string) => `“${text.length > 140 ? `${text.slice(0, 137)}…` : text}”`;
const doc = `# Quality

Measured by \`npm run eval\` (this file is written by it). Engine settings: paraphrase links need
a story-relative z-score of at least ${DEFAULT_LINK_OPTIONS.minZ} and a soft word alignment of at
least ${DEFAULT_LINK_OPTIONS.minSimilarity}, and ${MIN_ANCHORS} points of agreement (content words with a
counterpart in the other unit: the same stem, or a near-synonym in the word table), or a z-score of
${DEFAULT_LINK_OPTIONS.minZ - STRONG_AGREEMENT_Z_MARGIN} with ${STRONG_AGREEMENT} points of agreement; units are clauses of at least ${MIN_CLAUSE_WORDS} words; groups hold at most ${MAX_UNITS_PER_VERSION}
units of one version and join only when their members agree (mean z ≥ ${DEFAULT_MIN_COHESION}).

## 1. Pair model on MRPC (train split, 10-fold cross-validation)

| | accuracy | F1 | precision | recall |
| --- | --- | --- | --- | --- |
| Parallax pair model | ${pct(cv.accuracy)} | ${(cv.f1 * 100).toFixed(1)} | ${pct(cv.precision)} | ${pct(cv.recall)} |
| majority class (test split, reference) | 66.5% | — | | |
| TF-IDF cosine, tuned threshold (test split, reference) | 69.9% | 79.1 | | |

Target: accuracy ≥ 76%, F1 ≥ 83. ${pairs.length} pairs; folds are fixed (pair i goes to fold i mod 10).
The data stays in \`../shared/eval/mrpc\` under its own licence; only the model's weights are committed.

## 2. The bundled story against its hand-made gold

Gold: \`data/gold/${STORY}.json\`, ${gold.claims.length} claims over ${gold.versions.length} versions,
${story.goldLinks} links (pairs of sentences in different versions stating the same claim) and
${story.goldUnique} sentences only one version says.

| measure | result | target |
| --- | --- | --- |
| gold links found within one group | ${story.linksFound}/${story.goldLinks} (${pct(story.linksFound / story.goldLinks)}) | ≥ 70% |
| gold-unique sentences marked shared (over half their text) | ${story.uniqueMarkedShared}/${story.goldUnique} (${pct(story.uniqueMarkedShared / story.goldUnique)}) | ≤ 10% |
| gold-shared sentences marked less than half shared (shown as found nowhere else) | ${story.sharedShownUnique}/${story.goldShared} (${pct(story.sharedShownUnique / story.goldShared)}) | |
| for reference: the most any grouping could find, each clause in one group (sentences in one group) | ${ceiling.clauses}/${story.goldLinks} (${pct(ceiling.clauses / story.goldLinks)}); ${ceiling.sentences}/${story.goldLinks} (${pct(ceiling.sentences / story.goldLinks)}) | |
| gold links found, against a second annotator's blind gold (${second.claims.length} claims, ${againstSecond.goldLinks} links) | ${againstSecond.linksFound}/${againstSecond.goldLinks} (${pct(againstSecond.linksFound / againstSecond.goldLinks)}); unique marked shared ${againstSecond.uniqueMarkedShared}/${againstSecond.goldUnique} | |
| gold links found, counting only the links both annotators made | ${againstAgreed.linksFound}/${againstAgreed.goldLinks} (${pct(againstAgreed.linksFound / againstAgreed.goldLinks)}) | |
| sentence pairs grouped beyond the gold | ${story.extraLinks.length}: read by hand ${judged.right} right, ${judged.wrong} wrong; ${unjudged} not yet read | few, and mostly right |

**Two readers agree.** A second annotator, who saw only the versions' sentences (not this gold or
any engine output), made \`data/gold/${STORY}.second-annotation.json\`. Of this gold's
${gold.links.length} links, ${agreedLinks.length} (${pct(agreedLinks.length / gold.links.length)}) are among the second
annotator's ${second.links.length}; of those ${second.links.length}, ${pct(agreedLinks.length / second.links.length)} are in this gold (agreement F1
${(linkAgreementF1 * 100).toFixed(0)}). ${uniqueBoth} sentences are unique in both; the second annotator links ${goldUniqueLinkedBySecond} of this
gold's ${gold.unique.length} unique sentences to another version. So the gold is not one reader's
generous view: a second careful reader links more than it does, not less.

The gold is dense: many sentences state two or three of its claims, and one version may state a
claim in several sentences. A passage belongs to one group, so a sentence can serve several
claims only through separate clauses; the reference row gives the best any grouping of the
engine's units could do (found by local search over the gold's claims). Because many sentences
the gold shares are not matched, the reader calls an unmatched passage "not found in the other
versions", never "only this version".

Share of each version's text marked shared: ${Object.entries(story.sharedShare)
  .map(([id, share]) => `${id} ${pct(share)}`)
  .join(", ")}.

### Links beyond the gold (to read)

${story.extraLinks
  .slice(0, 60)
  .map(
    (link) =>
      `- ${link.a.version}: ${quote(link.a.text)} ↔ ${link.b.version}: ${quote(link.b.text)}`,
  )
  .join("\n")}
${story.extraLinks.length > 60 ? `\n…and ${story.extraLinks.length - 60} more.\n` : ""}
### Gold-unique sentences marked shared

${story.wronglyShared.map((s) => `- ${s.version}: ${quote(s.text)}`).join("\n") || "None."}

## 3. A second story, also used to check decision 010

\`data/eval/stories/${FIRE}/\`: an invented story written for this evaluation (a night fire at a
polymer plant), ${fireGold.versions.length} heavily paraphrased versions, with a gold made by another
session: ${fireGold.claims.length} claims, ${fire.goldLinks} links, ${fire.goldUnique} sentences only one version says.
It was written after the engine's thresholds were set; one later rule (two points of agreement per
link, decision 010) was adopted after checking it here as well as on the bundled story.

| measure | result | target |
| --- | --- | --- |
| gold links found within one group | ${fire.linksFound}/${fire.goldLinks} (${pct(fire.linksFound / fire.goldLinks)}) | ≥ 70% |
| gold-unique sentences marked shared (over half their text) | ${fire.uniqueMarkedShared}/${fire.goldUnique} (${pct(fire.uniqueMarkedShared / fire.goldUnique)}) | ≤ 10% |
| gold-shared sentences marked less than half shared | ${fire.sharedShownUnique}/${fire.goldShared} (${pct(fire.sharedShownUnique / fire.goldShared)}) | |
| sentence pairs grouped beyond the gold | ${fire.extraLinks.length}: read by hand ${fireJudged.right} right, ${fireJudged.wrong} wrong; ${fire.extraLinks.length - fireJudged.right - fireJudged.wrong} not yet read | few, and mostly right |

${fire.extraLinks.map((link) => `- ${link.a.version}: ${quote(link.a.text)} ↔ ${link.b.version}: ${quote(link.b.text)}`).join("\n")}

## 4. Unrelated articles on the same subject

Four pairs of invented articles (\`data/eval/unrelated/\`), each pair on one subject but about
different events. Share of each text marked shared (lower is better):

| pair | first | second |
| --- | --- | --- |
${unrelated.map((u) => `| ${u.pair.join(" / ")} | ${pct(u.shares[0]!)} | ${pct(u.shares[1]!)} |`).join("\n")}

Mean: ${pct(meanUnrelated)}.

### An unrelated article among the bundled story's versions

Each article above added to the bundled story as a sixth version, as if a reader had pasted the
wrong article. Share of the article's text marked shared with the story's five versions (lower is
better). The two Ukraine articles are on the story's own subject: the prisoner-exchange article
really does restate some of its background ("any negotiations respect Ukraine's sovereignty and
internationally recognized borders, while Moscow has demanded…"), so some sharing there is right.

| article | marked shared |
| --- | --- |
${mixedIn.map((m) => `| ${m.name} | ${pct(m.share)} |`).join("\n")}

${suggestionsSection}
${strictnessSection}
${factsSection}
${themesSection}`;
writeFileSync(join(ROOT, "docs/quality.md"), doc);
console.log("wrote docs/quality.md");
