import { describe, expect, it } from "vitest";
import type { ComparisonView, ViewPassage } from "@/features/comparison/lib/comparison-view.ts";
import { findOmissions } from "./omissions.ts";

const passage = (version: string, text: string, group: number) =>
  ({ version, text, group, key: `${version}:${text.length}` }) as ViewPassage;

// Only what findOmissions reads: the passages of each group.
const viewOf = (groups: [number, ViewPassage[]][]) =>
  ({ byGroup: new Map(groups) }) as unknown as ComparisonView;

describe("findOmissions", () => {
  const view = viewOf([
    [
      1,
      [
        passage("a", "ending the war,", 1),
        passage("b", "Leaders want to end the war in Ukraine this year.", 1),
      ],
    ],
    [
      2,
      [
        passage("a", "Canada pledged more aid.", 2),
        passage("b", "Ottawa promised further aid.", 2),
        passage("c", "Canada will send aid.", 2),
      ],
    ],
    [3, [passage("c", "Only C says this.", 3)]],
  ]);

  it("lists what other versions tell and this one leaves out, most widely told first", () => {
    const omissions = findOmissions(view, "c");
    expect(omissions.map((o) => o.group)).toEqual([1]);
    expect(findOmissions(view, "a")).toEqual([]);
  });

  it("shows each left-out claim by its fullest telling, not a fragment", () => {
    const [omission] = findOmissions(view, "c");
    expect(omission!.example.text).toBe("Leaders want to end the war in Ukraine this year.");
    expect(omission!.toldBy).toEqual(["a", "b"]);
  });
});
