import { describe, expect, it } from "vitest";
import { MAX_VERSIONS, storyFromTexts, storyIdFor } from "./story-from-texts.ts";

describe("storyFromTexts", () => {
  it("builds a valid story, cleaning each text", () => {
    const result = storyFromTexts("my-x", " Council vote ", [
      { label: "Draft", text: "The council voted.\n\nShare this" },
      { label: "", text: "Councillors approved it." },
    ]);
    expect(result).toEqual({
      ok: true,
      story: {
        id: "my-x",
        title: "Council vote",
        versions: [
          { id: "v1", label: "Draft", blocks: [{ kind: "paragraph", text: "The council voted." }] },
          {
            id: "v2",
            label: "Version 2",
            blocks: [{ kind: "paragraph", text: "Councillors approved it." }],
          },
        ],
      },
    });
  });

  it("names each problem: too few versions, empty text, too many versions", () => {
    expect(storyFromTexts("my-x", "T", [{ label: "A", text: "Text." }])).toEqual({
      ok: false,
      problems: ["A comparison needs at least two versions."],
    });
    expect(
      storyFromTexts("my-x", "T", [
        { label: "A", text: "Text." },
        { label: "B", text: " \n " },
      ]),
    ).toEqual({
      ok: false,
      problems: ["B is empty."],
    });
    const many = Array.from({ length: MAX_VERSIONS + 1 }, (_, i) => ({
      label: `V${i}`,
      text: "Text.",
    }));
    const result = storyFromTexts("my-x", "T", many);
    expect(result.ok ? [] : result.problems).toEqual([
      `A comparison can hold at most ${MAX_VERSIONS} versions; this one has ${MAX_VERSIONS + 1}.`,
    ]);
  });
});

describe("storyIdFor", () => {
  it("makes a URL-safe id that does not clash", () => {
    expect(storyIdFor("Council vote: “final” — 2024!", new Set())).toBe(
      "my-council-vote-final-2024",
    );
    expect(storyIdFor("Council vote", new Set(["my-council-vote"]))).toBe("my-council-vote-2");
    expect(storyIdFor("日本", new Set())).toBe("my-comparison");
  });
});
