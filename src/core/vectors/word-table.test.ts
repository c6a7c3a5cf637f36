import { describe, expect, it } from "vitest";
import { testVectors } from "../align/test-support.ts";
import { sameWordForm, WordTable } from "./word-table.ts";

describe("sameWordForm", () => {
  it("takes spelling variants and forms of one word as the same", () => {
    expect(sameWordForm("destabilise", "destabilizing")).toBe(true);
    expect(sameWordForm("caution", "cautious")).toBe(true);
    expect(sameWordForm("negotiate", "negotiations")).toBe(true);
  });

  it("keeps short or merely similar words apart", () => {
    expect(sameWordForm("united", "unity")).toBe(false);
    expect(sameWordForm("consult", "constitution")).toBe(false);
    expect(sameWordForm("war", "ward")).toBe(false);
  });
});

describe("WordTable", () => {
  const table = new WordTable(testVectors());
  const similarity = (a: string, b: string) => table.similarity(table.idOf(a), table.idOf(b));

  it("scores near-synonyms above loosely related words, and unrelated words at zero", () => {
    expect(similarity("backing", "support")).toBeGreaterThan(similarity("year", "war"));
    expect(similarity("sovereignty", "weather")).toBe(0);
    expect(similarity("peace", "peace")).toBe(1);
  });

  it("gives the same answers with the dense cache on", () => {
    const before = similarity("ceasefire", "truce");
    table.freeze();
    expect(similarity("ceasefire", "truce")).toBe(before);
    expect(similarity("truce", "ceasefire")).toBe(before);
  });

  it("scores alike once rebuilt from its snapshot (word forms included)", () => {
    const words = ["destabilise", "destabilizing", "backing", "support", "united", "unity"];
    const original = new WordTable(testVectors());
    for (const word of words) original.idOf(word);
    const rebuilt = WordTable.fromSnapshot(original.snapshot());
    for (let a = 0; a < words.length; a += 1)
      for (let b = 0; b < words.length; b += 1)
        expect(rebuilt.similarity(a, b)).toBe(original.similarity(a, b));
    expect(rebuilt.similarity(0, 1)).toBe(1);
  });

  it("knows no vectors without a table, but still knows word forms", () => {
    const bare = new WordTable(null);
    expect(bare.hasVector(bare.idOf("peace"))).toBe(false);
    expect(bare.similarity(bare.idOf("negotiate"), bare.idOf("negotiations"))).toBe(1);
  });
});
