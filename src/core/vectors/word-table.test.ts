import { describe, expect, it } from "vitest";
import { testVectors } from "../align/test-support.ts";
import { sameWordForm, WordTable } from "./word-table.ts";
import type { WordVectors } from "./word-vectors.ts";

// Unit vectors of `dims` dimensions for `words`, spread so some pairs are close.
function syntheticVectors(words: readonly string[], dims: number): WordVectors {
  const rows = words.map((_, w) => {
    const row = Float32Array.from({ length: dims }, (_, d) => Math.sin(1 + w * 0.3 + d * 0.7));
    const norm = Math.hypot(...row);
    return row.map((value) => value / norm);
  });
  return {
    dims,
    size: words.length,
    indexOf: (word) => {
      const index = words.indexOf(word);
      return index < 0 ? undefined : index;
    },
    row: (index) => rows[index]!,
  };
}

// The similarity as a plain loop sums it, one term at a time in index order.
function plainSimilarity(a: Float32Array, b: Float32Array): number {
  let value = 0;
  for (let d = 0; d < a.length; d += 1) value += a[d]! * b[d]!;
  return value <= 0.45 ? 0 : Math.fround((value - 0.45) / 0.55);
}

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

  it("gives the plain loop's similarity, bit for bit, whatever the number of dimensions", () => {
    const words = ["harbour", "port", "ferry", "pier", "board", "vote", "crack", "repair"];
    for (const dims of [7, 8, 100]) {
      const vectors = syntheticVectors(words, dims);
      const table = new WordTable(vectors);
      const ids = words.map((word) => table.idOf(word));
      let close = 0;
      for (const a of ids)
        for (const b of ids) {
          if (a === b) continue;
          const expected = plainSimilarity(vectors.row(a), vectors.row(b));
          expect(table.similarity(a, b)).toBe(expected);
          if (expected > 0) close += 1;
        }
      expect(close, `some pairs above the floor at ${dims} dimensions`).toBeGreaterThan(0);
    }
  });

  it("knows no vectors without a table, but still knows word forms", () => {
    const bare = new WordTable(null);
    expect(bare.hasVector(bare.idOf("peace"))).toBe(false);
    expect(bare.similarity(bare.idOf("negotiate"), bare.idOf("negotiations"))).toBe(1);
  });
});
