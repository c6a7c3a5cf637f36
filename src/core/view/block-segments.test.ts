import { describe, expect, it } from "vitest";
import type { Passage } from "../align/types.ts";
import { segmentBlocks } from "./block-segments.ts";

const passage = (start: number, end: number): Passage => ({
  version: "a",
  start,
  end,
  kind: "unique",
  sharedWith: [],
  group: null,
  score: 0,
});

describe("segmentBlocks", () => {
  it("cuts blocks at passage boundaries, passages crossing blocks included", () => {
    const blocks = [{ text: "One. Two." }, { text: "Three." }];
    // Version text: "One. Two.\n\nThree."
    const passages = [passage(0, 5), passage(5, 13), passage(13, 17)];
    expect(segmentBlocks(blocks, passages)).toEqual([
      [
        { start: 0, end: 5, passage: 0 },
        { start: 5, end: 9, passage: 1 },
      ],
      [
        { start: 0, end: 2, passage: 1 },
        { start: 2, end: 6, passage: 2 },
      ],
    ]);
  });

  it("covers text outside every passage with -1", () => {
    expect(segmentBlocks([{ text: "Hello" }], [])).toEqual([[{ start: 0, end: 5, passage: -1 }]]);
  });
});
