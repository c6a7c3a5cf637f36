import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { findVerbatim } from "./find-verbatim.ts";

const runsOf = (...texts: string[]) => {
  const tokens = texts.map((text) => tokenize(text));
  return findVerbatim(tokens).map((run) => ({
    version: run.version,
    text: texts[run.version]!.slice(
      tokens[run.version]![run.startToken]!.start,
      tokens[run.version]![run.endToken - 1]!.end,
    ),
    sharedWith: run.sharedWith,
    component: run.component,
  }));
};

describe("findVerbatim", () => {
  it("finds a shared run of five or more words, ignoring case, quotes and punctuation", () => {
    const runs = runsOf(
      "Officials said the “peace framework must respect Ukraine’s sovereignty” today.",
      "A peace framework must respect Ukraine's sovereignty, diplomats insisted.",
    );
    expect(runs.map(({ version, text }) => ({ version, text }))).toEqual([
      { version: 0, text: "peace framework must respect Ukraine’s sovereignty" },
      { version: 1, text: "peace framework must respect Ukraine's sovereignty" },
    ]);
    expect(runs[0]!.component).toBe(runs[1]!.component);
  });

  it("finds reordered passages and says who shares them", () => {
    const runs = runsOf(
      "Energy prices rose sharply across the continent. Leaders met in Brussels on Tuesday evening.",
      "Leaders met in Brussels on Tuesday evening. Nothing else happened.",
      "Energy prices rose sharply across the continent again.",
    );
    expect(runs.filter((r) => r.version === 0).map((r) => [r.text, r.sharedWith])).toEqual([
      ["Energy prices rose sharply across the continent", [2]],
      ["Leaders met in Brussels on Tuesday evening", [1]],
    ]);
  });

  it("splits a run where the versions sharing it change", () => {
    // Two successive edits share all their text; a third version shares one phrase of it.
    const edit =
      "The council approved the new downtown bus lanes on Tuesday. Drivers will lose forty parking spaces along Main Street next spring.";
    const runs = runsOf(
      edit,
      edit,
      "Residents complained that drivers will lose forty parking spaces soon.",
    );
    expect(runs.filter((r) => r.version === 0).map((r) => [r.text, r.sharedWith])).toEqual([
      ["The council approved the new downtown bus lanes on Tuesday", [1]],
      ["Drivers will lose forty parking spaces", [1, 2]],
      ["along Main Street next spring", [1]],
    ]);
  });

  it("bridges a small edit inside a shared run", () => {
    const runs = runsOf(
      "The council approved the new downtown bus lanes plan on a narrow vote after long debate.",
      "The council approved the new downtown cycle lanes plan on a narrow vote after long debate.",
    );
    expect(runs[0]!.text).toBe(
      "The council approved the new downtown bus lanes plan on a narrow vote after long debate",
    );
  });

  it("ignores runs of four words and runs made of function words", () => {
    expect(runsOf("Leaders met in Brussels today.", "Leaders met in Brussels yesterday.")).toEqual(
      [],
    );
    expect(runsOf("It is one of the most of all.", "It is one of the most of all.")).toEqual([]);
  });

  it("does not count a version sharing with itself", () => {
    expect(
      runsOf("Leaders met in Brussels on Tuesday. Leaders met in Brussels on Tuesday."),
    ).toEqual([]);
  });
});
