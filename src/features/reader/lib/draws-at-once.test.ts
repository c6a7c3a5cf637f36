import { describe, expect, it } from "vitest";
import type { Comparison } from "@/core/align/types.ts";
import { DRAW_AT_ONCE_CHARACTERS, DRAW_AT_ONCE_PASSAGES, drawsAtOnce } from "./draws-at-once.ts";

function comparison(passages: number, characters: number): Comparison {
  const half = Math.floor(characters / 2);
  return {
    versions: [
      { id: "a", label: "A", text: "x".repeat(half) },
      { id: "b", label: "B", text: "y".repeat(characters - half) },
    ],
    passages: Array.from({ length: passages }, () => ({}) as Comparison["passages"][number]),
    groups: [],
  };
}

describe("drawsAtOnce", () => {
  it("draws a story of a few short versions at once", () => {
    expect(drawsAtOnce(comparison(152, 16_000))).toBe(true);
    expect(drawsAtOnce(comparison(DRAW_AT_ONCE_PASSAGES, DRAW_AT_ONCE_CHARACTERS))).toBe(true);
  });

  it("leaves many passages, or long texts in few passages, to the deferred render", () => {
    expect(drawsAtOnce(comparison(DRAW_AT_ONCE_PASSAGES + 1, 1_000))).toBe(false);
    expect(drawsAtOnce(comparison(2, DRAW_AT_ONCE_CHARACTERS + 1))).toBe(false);
  });
});
