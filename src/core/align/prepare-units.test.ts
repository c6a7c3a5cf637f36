import { describe, expect, it } from "vitest";
import { prepareUnits } from "./prepare-units.ts";

describe("prepareUnits", () => {
  const text =
    "The Road Ahead\n\nCanada is said to have underlined its backing for Ukraine, while also recognising the importance of staying aligned with allies. Talks resume soon.";
  const units = prepareUnits(["", text]);
  const slices = units.map((u) => text.slice(u.start, u.end));

  it("cuts sentences into clause units with exact offsets, in order", () => {
    expect(slices).toEqual([
      "The Road Ahead",
      "Canada is said to have underlined its backing for Ukraine,",
      "while also recognising the importance of staying aligned with allies.",
      "Talks resume soon.",
    ]);
    expect(units.map((u) => u.sentence)).toEqual([0, 1, 1, 2]);
    expect(units.every((u) => u.version === 1)).toBe(true);
    expect(units.map((u) => u.index)).toEqual([0, 1, 2, 3]);
  });

  it("marks a heading line so it is only compared with headings", () => {
    expect(units.map((u) => u.heading)).toEqual([true, false, false, false]);
  });

  it("tokenizes each unit within its own span", () => {
    expect(units[1]!.tokens.map((t) => t.norm)).toEqual([
      "canada",
      "is",
      "said",
      "to",
      "have",
      "underlined",
      "its",
      "backing",
      "for",
      "ukraine",
    ]);
  });

  it("cuts a sentence longer than the bound into units that share its tokens", () => {
    const long = Array.from({ length: 250 }, (_, i) => `w${i}`).join(" ");
    const pieces = prepareUnits([long]);
    expect(pieces.map((u) => u.tokens.length)).toEqual([84, 83, 83]);
    expect(pieces.map((u) => u.sentence)).toEqual([0, 0, 0]);
    expect(pieces.flatMap((u) => u.tokens.map((t) => t.norm))).toEqual(long.split(" "));
    for (const unit of pieces) {
      expect(unit.tokens[0]!.start).toBe(unit.start);
      expect(unit.tokens[unit.tokens.length - 1]!.end).toBe(unit.end);
    }
  });
});
