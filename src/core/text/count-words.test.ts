import { describe, expect, it } from "vitest";
import { countWords, countWordsInBlocks } from "./count-words.ts";

describe("countWords", () => {
  it("counts words, not punctuation or dashes", () => {
    expect(countWords("Ukraine’s “freeze” — not a pause, officials said.")).toBe(7);
    expect(countWords("Russia–Ukraine war")).toBe(3);
    expect(countWords("long-term talks, 3.5 per cent")).toBe(5);
    expect(countWords("U.S.-led talks")).toBe(3);
  });

  it("handles other scripts and emoji", () => {
    expect(countWords("Мирные переговоры продолжаются")).toBe(3);
    expect(countWords("محادثات السلام مستمرة")).toBe(3);
    expect(countWords("和平谈判")).toBe(4);
    expect(countWords("नमस्ते दुनिया")).toBe(2);
    expect(countWords("🙂 🙂")).toBe(0);
    expect(countWords("")).toBe(0);
  });

  it("sums blocks", () => {
    expect(countWordsInBlocks([{ text: "One two." }, { text: "Three" }])).toBe(3);
  });
});
