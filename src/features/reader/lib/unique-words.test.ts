import { describe, expect, it } from "vitest";
import type { ViewPassage } from "@/features/comparison/lib/comparison-view.ts";
import { countUniqueWords } from "./unique-words.ts";

const passage = (start: number, text: string, kind: ViewPassage["kind"]): ViewPassage => ({
  version: "a",
  start,
  end: start + text.length,
  kind,
  sharedWith: [],
  group: null,
  score: 0,
  key: `a:${start}`,
  text,
  toldBy: 1,
  themes: [],
  linkedByReader: false,
  discrepancies: [],
});

describe("a column's unique words", () => {
  it("are counted over its unique passages, and the same again for new passages over the same spans", () => {
    const blocks = [{}];
    const first = [
      passage(0, "The ferry pier closed.", "unique"),
      passage(23, "Divers looked.", "verbatim"),
    ];
    expect(countUniqueWords(blocks, first)).toBe(4);
    // A result completed later: new objects, same spans.
    const again = first.map((p) => ({ ...p, themes: ["repairs"] }));
    expect(countUniqueWords(blocks, again)).toBe(4);
    // Other spans are counted anew.
    expect(countUniqueWords(blocks, [passage(23, "Divers looked.", "unique")])).toBe(2);
  });
});
