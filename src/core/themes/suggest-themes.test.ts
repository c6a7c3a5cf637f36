import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { bundledVersions, testVectors } from "../align/test-support.ts";
import type { Comparison } from "../align/types.ts";
import { segmentSentences } from "../text/segment-sentences.ts";
import { suggestThemes } from "./suggest-themes.ts";

describe("suggestThemes", () => {
  const vectors = testVectors();
  const comparison = compareVersions(bundledVersions(), { vectors });

  it("suggests a few distinct, named themes with terms from the text", () => {
    const themes = suggestThemes(comparison, vectors);
    expect(themes.length).toBeGreaterThanOrEqual(3);
    expect(themes.length).toBeLessThanOrEqual(8);
    expect(new Set(themes.map((t) => t.id)).size).toBe(themes.length);
    const text = comparison.versions.map((v) => v.text.toLowerCase()).join(" ");
    for (const theme of themes) {
      expect(theme.label.trim()).not.toBe("");
      for (const term of theme.terms) expect(text).toContain(term.toLowerCase());
    }
  });

  it("keeps an acronym's capitals and full stops in its label", () => {
    const labels = suggestThemes(comparison, vectors).map((t) => t.label);
    expect(labels).toContain("U.S.");
    expect(labels.filter((label) => /^\p{Lu}\.\p{Ll}/u.test(label))).toEqual([]);
  });

  it("leaves out what every passage says and what only one passage says", () => {
    const terms = suggestThemes(comparison, vectors).flatMap((t) => t.terms);
    expect(terms).not.toContain("the");
    expect(terms).not.toContain("said");
  });

  it("is deterministic and copes with a story with nothing to suggest", () => {
    expect(suggestThemes(comparison, vectors)).toEqual(suggestThemes(comparison, vectors));
    const tiny = compareVersions([{ id: "a", label: "A", text: "Short." }], { vectors });
    expect(suggestThemes(tiny, vectors)).toEqual([]);
  });
});

describe("suggested theme labels", () => {
  // A hand-made comparison: one passage per sentence, nothing shared.
  function comparisonOf(texts: string[]): Comparison {
    const versions = texts.map((text, i) => ({ id: `v${i}`, label: `V${i}`, text }));
    const passages = versions.flatMap((version) =>
      segmentSentences(version.text).map((span) => ({
        version: version.id,
        start: span.start,
        end: span.end,
        kind: "unique" as const,
        sharedWith: [],
        group: null,
        score: 0,
      })),
    );
    return { versions, passages, groups: [] };
  }

  it("prefers a name's mixed-case spelling to a dateline in capitals", () => {
    const comparison = comparisonOf([
      "KYIV sanctions were discussed. Leaders met in Brussels. The weather was mild. Talks went on. Nothing else happened.",
      "Officials in Kyiv welcomed the sanctions. Ministers travelled. A summit is planned. Markets rose. Trade slowed.",
      "The sanctions worry Kyiv again. Farmers protested. Prices fell. Exports grew. Schools reopened.",
    ]);
    const labels = suggestThemes(comparison, testVectors()).map((t) => t.label);
    expect(labels).toContain("Kyiv");
    expect(labels).not.toContain("KYIV");
  });

  it("keeps two-letter acronyms, but not two-letter words", () => {
    const comparison = comparisonOf([
      "The EU met. Sanctions were weighed. The weather was mild. Talks went on. An ex official spoke.",
      "Officials in the EU gathered. Ministers travelled. Sanctions are planned. An ex minister wrote.",
      "The EU convened again. Farmers protested. Prices fell. Sanctions grew. An ex envoy left.",
    ]);
    const labels = suggestThemes(comparison, testVectors()).map((t) => t.label);
    expect(labels).toContain("EU");
    expect(labels.map((label) => label.toLowerCase())).not.toContain("ex");
  });
});
