import { describe, expect, it } from "vitest";
import { CHUNK_CHARS, chunkEnds, chunkPieces } from "./text-chunks.ts";

const segment = (start: number, end: number, passage: number, first = true) => ({
  start,
  end,
  passage,
  first,
  last: true,
});

describe("chunkEnds", () => {
  it("leaves an ordinary paragraph whole", () => {
    expect(chunkEnds("A short paragraph.")).toEqual([18]);
    expect(chunkEnds("x".repeat(CHUNK_CHARS * 1.5))).toEqual([CHUNK_CHARS * 1.5]);
  });

  it("cuts text without a space into chunks of the chunk size", () => {
    const ends = chunkEnds("x".repeat(10_000));
    expect(ends).toEqual([2_000, 4_000, 6_000, 8_000, 10_000]);
  });

  it("cuts after a sentence, else after a space", () => {
    const sentences = "This is one sentence of words. ".repeat(300);
    for (const end of chunkEnds(sentences).slice(0, -1)) {
      expect(sentences.slice(end - 2, end)).toBe(". ");
    }
    const words = "word ".repeat(2_000);
    for (const end of chunkEnds(words).slice(0, -1)) expect(words[end - 1]).toBe(" ");
  });

  it("never splits an emoji", () => {
    const text = "😀".repeat(5_000);
    for (const end of chunkEnds(text)) expect(end % 2).toBe(0);
  });
});

describe("chunkPieces", () => {
  it("cuts segments at chunk ends, keeping first on the first piece and last on the last", () => {
    const pieces = chunkPieces([segment(0, 3, 0), segment(3, 9, 1), segment(9, 10, 2)], [5, 10]);
    expect(pieces).toEqual([
      [
        { start: 0, end: 3, passage: 0, first: true, last: true },
        { start: 3, end: 5, passage: 1, first: true },
      ],
      [
        { start: 5, end: 9, passage: 1, first: false, last: true },
        { start: 9, end: 10, passage: 2, first: true, last: true },
      ],
    ]);
  });

  it("keeps a passage that began in an earlier block from claiming a start", () => {
    expect(chunkPieces([segment(0, 4, 0, false)], [2, 4])).toEqual([
      [{ start: 0, end: 2, passage: 0, first: false }],
      [{ start: 2, end: 4, passage: 0, first: false, last: true }],
    ]);
  });
});
