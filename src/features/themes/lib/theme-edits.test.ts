import { describe, expect, it } from "vitest";
import { applyThemeEdits, NO_EDITS } from "./theme-edits.ts";

const themes = [
  { id: "a", label: "Sanctions", terms: ["sanctions"] },
  { id: "b", label: "Pressure", terms: ["pressure"] },
  { id: "c", label: "Weather", terms: ["weather"] },
];
const tags = [["a"], ["b", "c"], ["c"], []];

describe("applyThemeEdits", () => {
  it("leaves everything as it is without edits", () => {
    expect(applyThemeEdits(themes, tags, NO_EDITS)).toEqual({ themes, passageThemes: tags });
  });

  it("renames, merges and deletes", () => {
    const result = applyThemeEdits(themes, tags, {
      labels: { a: "Sanctions and pressure" },
      mergedInto: { b: "a" },
      deleted: ["c"],
    });
    expect(result.themes).toEqual([
      { id: "a", label: "Sanctions and pressure", terms: ["sanctions", "pressure"] },
    ]);
    expect(result.passageThemes).toEqual([["a"], ["a"], [], []]);
  });

  it("edits passages that share one list (as the worker sends them) like passages that do not", () => {
    const shared = ["b", "c"];
    const edits = { labels: {}, mergedInto: { b: "a" }, deleted: [] };
    const result = applyThemeEdits(themes, [shared, ["a"], shared, ["b", "c"]], edits);
    expect(result.passageThemes).toEqual([["a", "c"], ["a"], ["a", "c"], ["a", "c"]]);
  });
});
