/**
 * How an engine result compares with a hand-made gold alignment:
 * - links found: gold pairs of sentences (different versions, same claim)
 *   that have passages in one group;
 * - unique marked shared: gold-unique sentences more than half covered by
 *   shared passages;
 * - links beyond the gold: sentence pairs the engine groups together that
 *   the gold does not link, listed for reading.
 */
import type { Comparison, Passage } from "../../src/core/align/types.ts";
import type { Gold, GoldSentence } from "./gold.ts";

export type StoryMetrics = {
  goldLinks: number;
  linksFound: number;
  goldUnique: number;
  uniqueMarkedShared: number;
  /** Sentences the gold puts in a claim told by several versions… */
  goldShared: number;
  /** …of which the engine marks less than half shared: the reader sees them as found nowhere else. */
  sharedShownUnique: number;
  /** Share of all words' characters in shared passages, per version. */
  sharedShare: Record<string, number>;
  extraLinks: { a: GoldSentence; b: GoldSentence; group: number; verdict?: "right" | "wrong" }[];
  missedLinks: [GoldSentence, GoldSentence][];
  wronglyShared: GoldSentence[];
};

/** Groups of the passages overlapping a sentence (by at least one non-space character). */
function groupsOf(comparison: Comparison, sentence: GoldSentence): Set<number> {
  const text = comparison.versions.find((v) => v.id === sentence.version)!.text;
  const groups = new Set<number>();
  for (const passage of passagesOf(comparison, sentence.version)) {
    const start = Math.max(passage.start, sentence.start);
    const end = Math.min(passage.end, sentence.end);
    if (end > start && text.slice(start, end).trim() !== "" && passage.group !== null)
      groups.add(passage.group);
  }
  return groups;
}

function passagesOf(comparison: Comparison, version: string): Passage[] {
  return comparison.passages.filter((p) => p.version === version);
}

function sharedFraction(comparison: Comparison, sentence: GoldSentence): number {
  let shared = 0;
  for (const passage of passagesOf(comparison, sentence.version)) {
    if (passage.kind === "unique") continue;
    shared += Math.max(
      0,
      Math.min(passage.end, sentence.end) - Math.max(passage.start, sentence.start),
    );
  }
  return shared / (sentence.end - sentence.start);
}

export function measureAgainstGold(comparison: Comparison, gold: Gold): StoryMetrics {
  const verdicts = new Map(gold.judgements.map((j) => [pairKey(j.a, j.b), j.verdict]));
  const missedLinks: [GoldSentence, GoldSentence][] = [];
  let linksFound = 0;
  for (const [a, b] of gold.links) {
    const groupsA = groupsOf(comparison, a);
    if ([...groupsOf(comparison, b)].some((g) => groupsA.has(g))) linksFound += 1;
    else missedLinks.push([a, b]);
  }
  const wronglyShared = gold.unique.filter(
    (sentence) => sharedFraction(comparison, sentence) > 0.5,
  );
  const claimSentences = gold.claims
    .flatMap((claim) => claim.members)
    .filter(
      (s, i, all) => all.findIndex((t) => t.version === s.version && t.start === s.start) === i,
    );
  // Every gold sentence, to find sentence pairs the engine links beyond the gold.
  const sentences = [...gold.claims.flatMap((c) => c.members), ...gold.unique].filter(
    (s, i, all) => all.findIndex((t) => t.version === s.version && t.start === s.start) === i,
  );
  const goldPairs = new Set(gold.links.map(([a, b]) => pairKey(a, b)));
  const extraLinks: StoryMetrics["extraLinks"] = [];
  const groups = sentences.map((s) => groupsOf(comparison, s));
  for (let i = 0; i < sentences.length; i += 1) {
    for (let j = i + 1; j < sentences.length; j += 1) {
      const a = sentences[i]!;
      const b = sentences[j]!;
      if (a.version === b.version || goldPairs.has(pairKey(a, b))) continue;
      const common = [...groups[i]!].find((g) => groups[j]!.has(g));
      const verdict = verdicts.get(pairKey(a, b));
      if (common !== undefined)
        extraLinks.push({ a, b, group: common, ...(verdict ? { verdict } : {}) });
    }
  }
  const sharedShare: Record<string, number> = {};
  for (const version of comparison.versions) {
    const passages = passagesOf(comparison, version.id);
    const shared = passages
      .filter((p) => p.kind !== "unique")
      .reduce((sum, p) => sum + p.end - p.start, 0);
    sharedShare[version.id] = version.text.length === 0 ? 0 : shared / version.text.length;
  }
  return {
    goldLinks: gold.links.length,
    linksFound,
    goldUnique: gold.unique.length,
    uniqueMarkedShared: wronglyShared.length,
    goldShared: claimSentences.length,
    sharedShownUnique: claimSentences.filter((s) => sharedFraction(comparison, s) < 0.5).length,
    sharedShare,
    extraLinks,
    missedLinks,
    wronglyShared,
  };
}

function pairKey(
  a: { version: string; text: string },
  b: { version: string; text: string },
): string {
  const [x, y] = a.version < b.version ? [a, b] : [b, a];
  return `${x.version}:${x.text}|${y.version}:${y.text}`;
}
