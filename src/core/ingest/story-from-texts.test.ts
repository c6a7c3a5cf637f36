import { describe, expect, it } from "vitest";
import {
  MAX_VERSIONS,
  storyFromTexts,
  storyFromTextsInSteps,
  storyIdFor,
  uniqueLabels,
} from "./story-from-texts.ts";

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

describe("storyFromTexts: nothing removed silently", () => {
  const furniture = "Share this\nAdvertisement\n\n© 2025 Example Media Ltd.";

  it("says why a version is empty when cleaning emptied it", () => {
    const result = storyFromTexts("my-x", "T", [
      { label: "", text: "The council voted." },
      { label: "", text: furniture },
      { label: "C", text: "\u200B\u0007\nLeave a comment" },
      { label: "D", text: "-------\n14:07 12/03/24: Page 1 (HHH) COURTS Harbour\n-------\nENDS" },
    ]);
    expect(result.ok ? [] : result.problems).toEqual([
      "Version 2 is empty after removing 3 lines of page furniture.",
      "C is empty after removing 1 line of page furniture and 1 line of invisible or control characters.",
      "D is empty after removing 2 lines of separators and 2 lines of wire slugs and sign-offs.",
    ]);
  });

  it("reports each version's removed lines beside the story, when asked", () => {
    const drafts = [
      { label: "A", text: `The council voted.\n${furniture}` },
      { label: "B", text: "Topics: the council spent two hours on roads." },
    ];
    expect("removed" in storyFromTexts("my-x", "T", drafts)).toBe(false);
    const result = storyFromTexts("my-x", "T", drafts, { reportRemoved: true });
    expect(result.ok && result.story.versions[1]!.blocks).toEqual([
      { kind: "paragraph", text: "Topics: the council spent two hours on roads." },
    ]);
    expect(result.removed).toEqual([
      {
        id: "v1",
        label: "A",
        removed: [
          { line: "Share this", reason: "furniture", index: 1 },
          { line: "Advertisement", reason: "furniture", index: 2 },
          { line: "© 2025 Example Media Ltd.", reason: "furniture", index: 4 },
        ],
      },
      { id: "v2", label: "B", removed: [] },
    ]);
  });

  it("gives repeated labels unique suffixes", () => {
    const result = storyFromTexts("my-x", "T", [
      { label: "story", text: "One." },
      { label: " story ", text: "Two." },
      { label: "story", text: "Three." },
    ]);
    expect(result.ok && result.story.versions.map((v) => v.label)).toEqual([
      "story",
      "story (2)",
      "story (3)",
    ]);
    expect(uniqueLabels(["story", "story", "story (2)"])).toEqual([
      "story",
      "story (3)",
      "story (2)",
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

describe("storyFromTexts: the reader's choice to keep a line", () => {
  it("keeps a furniture-looking line the reader kept, and reports only what it left out", () => {
    const text = "The council met on Tuesday.\nAdvertisement\nShare this\nIt voted 7 to 2.";
    const result = storyFromTexts(
      "s",
      "S",
      [
        { label: "A", text, keep: ["Advertisement"] },
        { label: "B", text: "The council voted on Tuesday." },
      ],
      { reportRemoved: true },
    );
    expect(result.ok).toBe(true);
    const blocks = result.ok ? result.story.versions[0]!.blocks.map((b) => b.text) : [];
    expect(blocks.join(" ")).toContain("Advertisement");
    expect(blocks.join(" ")).not.toContain("Share this");
    expect(result.removed?.[0]?.removed.map((r) => r.line)).toEqual(["Share this"]);
  });
});

describe("storyFromTexts: characters as well as words", () => {
  it("refuses a version of more characters than the limit, though it is one 'word'", () => {
    const result = storyFromTexts("s", "S", [
      { label: "A", text: "x".repeat(2_000_001) },
      { label: "B", text: "The council met." },
    ]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      "A has 2,000,001 characters; the limit is 2,000,000 characters per version.",
    ]);
  });
});

describe("where each version came from", () => {
  const wire = [
    "14:07 12/03/24: Page 1 (HHH) COUNCIL Ferry",
    "By Ada Whitlock, Wire News",
    "MARLOW, March 12 (Wire) - Councillors voted on Tuesday to keep the river ferry running for another year.",
    "ENDS",
  ].join("\n");
  const paper = "The river ferry will keep running for another year, councillors decided.";

  it("fills source, byline, dateline and time from the text, and the reader's values win", () => {
    const result = storyFromTexts("my-ferry", "Ferry", [
      { label: "Wire", text: wire, metadata: { source: "Wire News Agency" } },
      { label: "Courier", text: paper, metadata: { published: "2024-03-13", url: " " } },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.story.versions;
    expect(first).toMatchObject({
      source: "Wire News Agency",
      byline: "Ada Whitlock",
      dateline: "MARLOW, March 12",
      published: "2024-03-12T14:07",
    });
    expect(second).toEqual(expect.objectContaining({ published: "2024-03-13" }));
    expect(second).not.toHaveProperty("url");
    expect(second).not.toHaveProperty("source");
  });
});

describe("storyFromTextsInSteps", () => {
  it("pauses between versions and builds the same story as storyFromTexts", async () => {
    const drafts = [
      { label: "A", text: "The ferry will keep running for a year." },
      { label: "B", text: "Councillors saved the ferry.\n\nIt will run for a year." },
      { label: "", text: "ENDS" },
    ];
    let pauses = 0;
    const stepped = await storyFromTextsInSteps("my-ferry", "Ferry", drafts, async () => {
      pauses += 1;
    });
    expect(pauses).toBe(3);
    expect(stepped).toEqual(storyFromTexts("my-ferry", "Ferry", drafts));
    expect(stepped.ok).toBe(false);
  });
});
