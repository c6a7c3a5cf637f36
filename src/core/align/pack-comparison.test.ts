import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions.ts";
import {
  isPackedComparison,
  packComparison,
  packLists,
  unpackComparison,
  unpackLists,
} from "./pack-comparison.ts";
import { bundledVersions, lettered } from "./test-support.ts";

describe("packComparison", () => {
  it("unpacks to exactly the engine's result, every passage and group", () => {
    const { suggestions: _, ...comparison } = compareVersions(bundledVersions(), { suggest: 0 });
    expect(comparison.passages.some((p) => p.sharedWith.length > 1)).toBe(true);
    expect(comparison.passages.some((p) => p.group === null)).toBe(true);
    const packed = packComparison(comparison);
    expect(isPackedComparison(packed)).toBe(true);
    expect(isPackedComparison(comparison)).toBe(false);
    expect(packed.passageStart).toHaveLength(comparison.passages.length);
    expect(unpackComparison(packed)).toEqual(comparison);
  });

  it("keeps the outcome of the reader's corrections, and sends each sharing list once", () => {
    const versions = lettered(
      "Leaders met in Brussels on Tuesday to weigh the plan. Aid will follow soon after the talks end.",
      "Leaders met in Brussels on Tuesday to weigh the plan. Aid will follow soon after the talks end.",
      "Leaders met in Brussels on Tuesday to weigh the plan. Nobody promised any aid at all.",
    );
    const { suggestions: _, ...comparison } = compareVersions(versions, {
      corrections: [
        {
          id: "mine",
          kind: "unlink",
          a: { version: "a", start: 0, end: 10 },
          b: { version: "b", start: 0, end: 10 },
        },
      ],
    });
    expect(comparison.corrections).toHaveLength(1);
    const packed = packComparison(comparison);
    expect(unpackComparison(packed)).toEqual(comparison);
    const distinct = new Set(comparison.passages.map((p) => p.sharedWith.join())).size;
    expect(packed.sharedWith.first).toHaveLength(distinct + 1);
  });
});

describe("packLists", () => {
  it("gives back every list in order, numbering values it was not given", () => {
    const lists = [["war", "aid"], [], ["aid"], ["war", "aid"], [], ["talks"]];
    const packed = packLists(lists, ["aid"]);
    expect(packed.values).toEqual(["aid", "war", "talks"]);
    expect(packed.first).toHaveLength(5); // four distinct lists
    expect(unpackLists(packed)).toEqual(lists);
  });
});
