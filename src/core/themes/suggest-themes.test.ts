import { describe, expect, it } from "vitest";
import { compareVersions } from "../align/compare-versions.ts";
import { bundledVersions, testVectors } from "../align/test-support.ts";
import type { Comparison } from "../align/types.ts";
import { segmentSentences } from "../text/segment-sentences.ts";
import { MAX_SUGGESTION_SHARE, suggestThemes } from "./suggest-themes.ts";

const vectors = testVectors();

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

// Three made-up wire versions of one story, headlines in capitals or title case.
const HOSPITAL = comparisonOf([
  "NHS TRUST FINED OVER CARE FAILINGS\n\nThe National Health Service was fined on Tuesday after an inspection found care failings at two hospitals. The NHS's chief executive apologised to families. Waiting lists grew across the region. Nurses described staff shortages on night shifts. The regulator ruled that the trust must publish an action plan. Local councils welcomed the ruling.",
  "HOSPITAL TRUST PENALISED\n\nInspectors found care failings in wards run by the NHS. The National Health Service said it accepted the findings. Staff shortages left wards without enough nurses. A judge ruled the fines were proportionate. Families rallied outside the hospital in Marlow. The weather stayed cold.",
  "Regulator Rules Against Hospital Trust\n\nThe NHS must pay a fine, the regulator ruled on Tuesday. Families spoke of care failings on the wards. Staff shortages were blamed by unions in Marlow. A spokesperson for the National Health Service promised change. Parking charges also rose. Volunteers ran a cafe in Marlow.",
]);

describe("suggestThemes", () => {
  const suggestions = suggestThemes(HOSPITAL, vectors);
  const labels = suggestions.map((t) => t.label);

  it("suggests recurring phrases and names, with their passage and version counts", () => {
    expect(labels).toContain("Care failings");
    expect(labels).toContain("Staff shortages");
    const failings = suggestions.find((t) => t.label === "Care failings")!;
    expect(failings.versions).toBe(3);
    expect(failings.passages).toBe(4); // its headline too
  });

  it("merges an acronym with the capitalised phrase it stands for", () => {
    const nhs = suggestions.filter((t) => t.terms.some((term) => /NHS|National Health/.test(term)));
    expect(nhs).toHaveLength(1);
    expect(nhs[0]!.terms).toEqual(expect.arrayContaining(["National Health Service", "NHS"]));
    expect(nhs[0]!.label).toBe("National Health Service (NHS)");
    // Its headline too: "NHS TRUST FINED…".
    expect(nhs[0]!.passages).toBe(7);
  });

  it("offers no possessives, no words a headline shouts, no single inflected words", () => {
    for (const theme of suggestions) {
      expect(theme.label).not.toMatch(/['’]s\b/);
      for (const term of theme.terms) expect(term).not.toMatch(/['’]s$/);
      // A headline's capitals are no name: no "TRUST", "RULE", "Rules".
      expect(theme.label).not.toMatch(/^(?:\p{Lu}{3,}|Trust|Rules?|Ruled|Hospital|Regulator)$/u);
    }
    expect(labels.map((l) => l.toLowerCase())).not.toContain("ruled");
    expect(labels).toContain("Marlow");
  });

  it("leaves out what more than half of the passages speak of", () => {
    const everywhere = comparisonOf([
      "Delmont opened a plant. Delmont hired staff. Delmont paid taxes. The river flooded.",
      "Delmont expanded. Delmont cut prices. Delmont won awards. Rain fell in Ashby.",
      "Delmont grew. Delmont moved offices. Delmont sold shares. Schools closed in Ashby.",
    ]);
    const found = suggestThemes(everywhere, vectors);
    expect(found.map((t) => t.label)).not.toContain("Delmont");
    for (const theme of found)
      expect(theme.passages / everywhere.passages.length).toBeLessThanOrEqual(MAX_SUGGESTION_SHARE);
  });

  it("prefers a name's mixed-case spelling to a dateline in capitals", () => {
    const comparison = comparisonOf([
      "KYIV, March 3 - Sanctions were discussed in Kyiv. Leaders met in Brussels. The weather was mild.",
      "Officials in Kyiv welcomed the sanctions. Ministers travelled. A summit is planned in Kyiv.",
      "The sanctions worry Kyiv again. Farmers protested. Prices fell.",
    ]);
    const found = suggestThemes(comparison, vectors).map((t) => t.label);
    expect(found).toContain("Kyiv");
    expect(found).not.toContain("KYIV");
  });

  it("is deterministic, keeps an acronym's full stops, and copes with nothing to suggest", () => {
    const comparison = compareVersions(bundledVersions(), { vectors });
    const bundled = suggestThemes(comparison, vectors);
    expect(bundled).toEqual(suggestThemes(comparison, vectors));
    expect(new Set(bundled.map((t) => t.id)).size).toBe(bundled.length);
    const text = comparison.versions.map((v) => v.text).join(" ");
    for (const theme of bundled) for (const term of theme.terms) expect(text).toContain(term);
    const tiny = compareVersions([{ id: "a", label: "A", text: "Short." }], { vectors });
    expect(suggestThemes(tiny, vectors)).toEqual([]);
  });
});
