import { describe, expect, it } from "vitest";
import type { Discrepancy } from "./types.ts";
import { factRows, formatFactValues, versionsLabel } from "./fact-rows.ts";

const value = (version: string, start: number, text: string) => ({
  version,
  start,
  end: start + text.length,
  text,
});

describe("factRows", () => {
  it("joins pairs that share a value into one row, versions saying the same thing together", () => {
    const discrepancies: Discrepancy[] = [
      {
        group: 1,
        kind: "number",
        values: [value("a", 10, "12 months"), value("c", 8, "18 months")],
      },
      {
        group: 1,
        kind: "number",
        values: [value("b", 5, "12 months"), value("c", 8, "18 months")],
      },
      { group: 1, kind: "date", values: [value("a", 30, "Tuesday"), value("b", 25, "Thursday")] },
    ];
    expect(factRows(discrepancies, ["a", "b", "c"])).toEqual([
      {
        kind: "number",
        values: [
          { versions: ["a", "b"], text: "12 months" },
          { versions: ["c"], text: "18 months" },
        ],
      },
      {
        kind: "date",
        values: [
          { versions: ["a"], text: "Tuesday" },
          { versions: ["b"], text: "Thursday" },
        ],
      },
    ]);
  });
});

describe("versionsLabel", () => {
  it("says Versions A, B when the labels allow, else lists them", () => {
    const labels = new Map([
      ["a", "Version A"],
      ["b", "Version B"],
      ["x", "Wire copy"],
    ]);
    expect(versionsLabel(["a"], labels)).toBe("Version A");
    expect(versionsLabel(["a", "b"], labels)).toBe("Versions A, B");
    expect(versionsLabel(["a", "x"], labels)).toBe("Version A, Wire copy");
  });
});

describe("formatFactValues", () => {
  it("puts a row on one line, versions that agree together", () => {
    const labels = new Map([
      ["a", "Version A"],
      ["b", "Version B"],
      ["c", "Version C"],
    ]);
    const row = {
      kind: "number" as const,
      values: [
        { versions: ["a", "b"], text: "12 months" },
        { versions: ["c"], text: "18 months" },
      ],
    };
    expect(formatFactValues(row, labels)).toBe("Versions A, B: 12 months · Version C: 18 months");
  });
});
