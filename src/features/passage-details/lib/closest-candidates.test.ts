import { describe, expect, it } from "vitest";
import { packSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Correction, Suggestion } from "@/core/align/types.ts";
import type { ComparisonView, ViewPassage } from "@/features/comparison/lib/comparison-view.ts";
import { closestCandidates } from "./closest-candidates.ts";

const texts = new Map([
  ["a", "Leaders pledged more aid. They met on Tuesday."],
  ["b", "Ottawa promised further relief. A meeting took place."],
  ["c", "Aid was promised. The talks were held on Tuesday."],
]);

// Only what closestCandidates reads: suggestions, texts, versions and their passages.
function viewOf(suggestions: Suggestion[]): ComparisonView {
  const versions = [...texts].map(([id, text]) => ({
    id,
    passages: [{ version: id, start: 0, end: text.length, key: `${id}:0` } as ViewPassage],
  }));
  return {
    versions,
    texts,
    suggestions: packSuggestions(suggestions, [...texts.keys()]),
  } as unknown as ComparisonView;
}

const suggestions: Suggestion[] = [
  {
    version: "a",
    start: 0,
    end: 25,
    candidates: [
      { version: "b", start: 0, end: 31, score: 3.2, band: "likely" },
      { version: "b", start: 32, end: 53, score: 0.4, band: "weak" },
      { version: "c", start: 0, end: 17, score: 2.1, band: "possible" },
    ],
  },
  {
    version: "a",
    start: 26,
    end: 46,
    candidates: [
      { version: "b", start: 32, end: 53, score: 1.9, band: "possible" },
      { version: "c", start: 18, end: 49, score: 2.5, band: "possible" },
    ],
  },
];

describe("closestCandidates", () => {
  it("gathers the units under the selection per version, once each at its best score, best first", () => {
    const closest = closestCandidates(
      viewOf(suggestions),
      { version: "a", start: 0, end: 46 },
      new Set(),
      [],
    );
    expect(closest.map((entry) => entry.version)).toEqual(["b", "c"]);
    const b = closest[0]!.candidates;
    expect(b.map((c) => [c.span.start, c.score])).toEqual([
      [0, 3.2],
      [32, 1.9],
    ]);
    expect(b[1]!.from).toEqual({ version: "a", start: 26, end: 46 });
    expect(b[0]!.text).toBe("Ottawa promised further relief.");
    expect(b[0]!.passage?.key).toBe("b:0");
  });

  it("only looks at units the selection overlaps, and skips versions asked to", () => {
    const closest = closestCandidates(
      viewOf(suggestions),
      { version: "a", start: 0, end: 25 },
      new Set(["c"]),
      [],
    );
    expect(closest.map((entry) => entry.version)).toEqual(["b"]);
    expect(closest[0]!.candidates.map((c) => c.score)).toEqual([3.2, 0.4]);
  });

  it("puts a candidate the reader said is not the same claim last, with that correction", () => {
    const unlink: Correction = {
      id: "u1",
      kind: "unlink",
      a: { version: "b", start: 0, end: 31 },
      b: { version: "a", start: 0, end: 25 },
    };
    const closest = closestCandidates(
      viewOf(suggestions),
      { version: "a", start: 0, end: 25 },
      new Set(),
      [unlink],
    );
    const b = closest[0]!.candidates;
    expect(b.map((c) => c.span.start)).toEqual([32, 0]);
    expect(b[1]!.rejectedBy).toBe(unlink);
    expect(b[0]!.rejectedBy).toBeNull();
  });
});
