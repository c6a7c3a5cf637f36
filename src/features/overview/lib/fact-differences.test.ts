import { describe, expect, it } from "vitest";
import { compareVersions } from "@/core/align/compare-versions.ts";
import { versionToInput } from "@/core/align/story-text.ts";
import { formatFactValues } from "@/core/facts/fact-rows.ts";
import { findDiscrepancies } from "@/core/facts/find-discrepancies.ts";
import type { Story } from "@/core/story-format.ts";
import { buildComparisonView, showOnly } from "@/features/comparison/lib/comparison-view.ts";
import { listFactDifferences } from "./fact-differences.ts";

// Made up: one claim, told with two sentence lengths.
const sentence = (months: number) =>
  `A fisherman from the harbour town of Kelby was jailed for ${months} months on Tuesday after the court heard he had sold protected sea bass to three local restaurants.`;
const story: Story = {
  id: "kelby",
  title: "Kelby",
  versions: [
    [12, "The boats stayed in port all week."],
    [12, "A petition for leniency has many signatures."],
    [18, "The family declined to comment on the case."],
  ].map(([months, tail], i) => ({
    id: "abc"[i]!,
    label: `Version ${"ABC"[i]}`,
    blocks: [
      { kind: "paragraph" as const, text: sentence(months as number) },
      { kind: "paragraph" as const, text: tail as string },
    ],
  })),
};
const comparison = compareVersions(story.versions.map(versionToInput));
const view = buildComparisonView(
  story,
  comparison,
  [],
  [],
  [],
  null,
  findDiscrepancies(comparison),
);

describe("listFactDifferences", () => {
  it("lists each claim with differing facts once, values by version, opening the first column's passage", () => {
    const [difference, ...rest] = listFactDifferences(view);
    expect(rest).toEqual([]);
    expect(difference!.claim.text).toContain("was jailed for");
    expect(difference!.open).toBe("a:0");
    expect(difference!.rows.map((row) => formatFactValues(row, view.labels))).toEqual([
      "Versions A, B: 12 months · Version C: 18 months",
    ]);
  });

  it("follows the column order, and drops what only hidden versions disagree on", () => {
    const reordered = listFactDifferences(showOnly(view, ["c", "a"]));
    expect(reordered[0]!.open).toBe("c:0");
    expect(listFactDifferences(showOnly(view, ["a", "b"]))).toEqual([]);
  });
});
