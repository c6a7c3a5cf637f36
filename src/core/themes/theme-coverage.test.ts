import { describe, expect, it } from "vitest";
import type { Comparison } from "../align/types.ts";
import { themeCoverage, WIDE_THEME_SHARE } from "./theme-coverage.ts";

const passage = (version: string, start: number) => ({
  version,
  start,
  end: start + 1,
  kind: "unique" as const,
  sharedWith: [],
  group: null,
  score: 0,
});

describe("themeCoverage", () => {
  it("counts passages and versions, and calls a theme on most passages wide", () => {
    const comparison: Comparison = {
      versions: [
        { id: "a", label: "A", text: "abcd" },
        { id: "b", label: "B", text: "abcd" },
      ],
      passages: [passage("a", 0), passage("a", 1), passage("b", 0), passage("b", 1)],
      groups: [],
    };
    const tags = [["broad", "narrow"], ["broad"], ["broad"], []];
    const themes = [
      { id: "broad", label: "Broad", terms: ["x"] },
      { id: "narrow", label: "Narrow", terms: ["y"] },
    ];
    const coverage = themeCoverage(comparison, tags, themes);
    expect(coverage.get("broad")).toEqual({
      passageIndexes: [0, 1, 2],
      versions: 2,
      share: 0.75,
      wide: true,
    });
    expect(coverage.get("narrow")!.wide).toBe(false);
    expect(coverage.get("narrow")!.share).toBeLessThanOrEqual(WIDE_THEME_SHARE);
  });
});
