import { describe, expect, it } from "vitest";
import type { Comparison, Passage } from "@/core/align/types.ts";
import type { Discrepancy } from "@/core/facts/types.ts";
import type { Story } from "@/core/story-format.ts";
import {
  buildComparisonView,
  buildComparisonViewSteps,
  describePassage,
  showOnly,
} from "./comparison-view.ts";

const texts = {
  a: "Leaders met on Tuesday. Only C also says this.",
  b: "The leaders met on Tuesday.",
  c: "On Tuesday the leaders met. C repeats what only A says.",
};

const story: Story = {
  id: "s",
  title: "S",
  versions: Object.entries(texts).map(([id, text]) => ({
    id,
    label: `Version ${id.toUpperCase()}`,
    blocks: [{ kind: "paragraph" as const, text }],
  })),
};

const passage = (
  version: string,
  start: number,
  end: number,
  sharedWith: string[],
  group: number | null,
): Passage => ({
  version,
  start,
  end,
  kind: group === null ? "unique" : "paraphrase",
  sharedWith,
  group,
  score: group === null ? 0 : 0.8,
});

const comparison: Comparison = {
  versions: Object.entries(texts).map(([id, text]) => ({ id, label: id, text })),
  passages: [
    passage("a", 0, 24, ["b", "c"], 0),
    passage("a", 24, 46, ["c"], 1),
    passage("b", 0, 27, ["a", "c"], 0),
    passage("c", 0, 28, ["a", "b"], 0),
    passage("c", 28, 55, ["a"], 1),
  ],
  groups: [
    { id: 0, kind: "paraphrase", versions: ["a", "b", "c"], score: 0.8 },
    { id: 1, kind: "paraphrase", versions: ["a", "c"], score: 0.8 },
  ],
};

describe("buildComparisonView", () => {
  it("gives each passage its themes by its place in the result, and each group its passages in version order", () => {
    const themes = [["war"], [], ["war", "aid"], [], ["aid"]];
    const view = buildComparisonView(story, comparison, themes);
    expect(view.versions.flatMap((v) => v.passages.map((p) => p.themes))).toEqual(themes);
    expect(view.byGroup.get(0)!.map((p) => p.key)).toEqual(["a:0", "b:0", "c:0"]);
    expect(view.byGroup.get(1)!.map((p) => p.key)).toEqual(["a:24", "c:28"]);
  });

  it("can be built a version at a time, to the same view", () => {
    const steps = buildComparisonViewSteps({ story, comparison });
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBe(story.versions.length);
    const byStep = buildComparisonViewSteps({ story, comparison });
    let last = byStep.next();
    while (!last.done) last = byStep.next();
    expect(last.value).toEqual(buildComparisonView(story, comparison));
  });
});

describe("showOnly", () => {
  const view = buildComparisonView(story, comparison);

  it("is the view itself when every version is shown", () => {
    expect(showOnly(view, ["a", "b", "c"])).toBe(view);
  });

  it("describes passages by the versions shown: sharers, told by, unique when only hidden ones tell it", () => {
    const shown = showOnly(view, ["b", "a"]);
    expect(shown.versions.map((v) => v.id)).toEqual(["b", "a"]);
    const [first, second] = shown.versions[1]!.passages;
    expect(first).toMatchObject({ sharedWith: ["b"], toldBy: 2, kind: "paraphrase", group: 0 });
    expect(second).toMatchObject({ sharedWith: [], toldBy: 1, kind: "unique", group: null });
    expect(describePassage(first!, shown.labels)).toBe("shared with Version B, reworded");
    expect(describePassage(second!, shown.labels)).toBe("not found in the other versions");
    expect(shown.byGroup.get(0)!.map((p) => p.version)).toEqual(["b", "a"]);
    expect(shown.byGroup.has(1)).toBe(false);
    expect(shown.byKey.has("c:0")).toBe(false);
    // Segments still point at the same passages.
    expect(shown.versions[1]!.segments).toBe(view.versions[0]!.segments);
  });
});

describe("fact discrepancies in the view", () => {
  // Made-up values: in A and B inside group 0, in C across its two passages.
  const discrepancy: Discrepancy = {
    group: 0,
    kind: "date",
    values: [
      { version: "a", start: 15, end: 22, text: "Tuesday" },
      { version: "b", start: 19, end: 26, text: "Tuesday" },
      { version: "c", start: 20, end: 33, text: "met. C repeat" },
    ],
  };
  const view = buildComparisonView(story, comparison, [], [], [], null, [discrepancy]);
  const passages = (id: string) => view.versions.find((v) => v.id === id)!.passages;

  it("gives each passage the discrepancies whose values overlap it, and no others", () => {
    expect(passages("a").map((p) => p.discrepancies)).toEqual([[discrepancy], []]);
    expect(passages("b").map((p) => p.discrepancies)).toEqual([[discrepancy]]);
    // A value across a passage boundary concerns both passages.
    expect(passages("c").map((p) => p.discrepancies)).toEqual([[discrepancy], [discrepancy]]);
    expect(view.discrepancies).toEqual([discrepancy]);
  });

  it("says facts differ in the passage's description", () => {
    expect(describePassage(passages("a")[0]!, view.labels)).toBe(
      "shared with Version B and Version C, reworded, facts differ",
    );
    expect(describePassage(passages("a")[1]!, view.labels)).toBe("shared with Version C, reworded");
  });

  it("keeps a discrepancy while two versions holding its values are shown", () => {
    expect(showOnly(view, ["a", "b"]).versions[0]!.passages[0]!.discrepancies).toEqual([
      discrepancy,
    ]);
    const alone = showOnly(view, ["a"]);
    expect(alone.versions[0]!.passages[0]!.discrepancies).toEqual([]);
    expect(alone.discrepancies).toEqual([]);
  });
});
