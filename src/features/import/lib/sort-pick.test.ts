import { describe, expect, it } from "vitest";
import type { Story } from "@/core/story-format.ts";
import type { FileReadResult } from "./read-version-file.ts";
import { sortPick, uniqueLabel } from "./sort-pick.ts";

const text = (name: string, label = name.replace(/\.[^.]+$/, "")): FileReadResult => ({
  ok: true,
  kind: "version",
  name,
  draft: { label, text: `Text of ${name}.` },
});
const storyFile = (name: string): FileReadResult => ({
  ok: true,
  kind: "story",
  name,
  story: { id: "s", title: name, versions: [] } as Story,
});
const refused = (name: string): FileReadResult => ({
  ok: false,
  name,
  problem: `${name} is not a file Parallax reads.`,
});

describe("sortPick", () => {
  it("accounts for every file: texts, stories and refused ones together", () => {
    const pick = sortPick(
      [text("good.txt"), storyFile("story.json"), refused("bad.pdf"), text("other.txt")],
      [],
    );
    expect(pick.drafts.map((d) => d.label)).toEqual(["good", "other"]);
    expect(pick.stories.map((s) => s.name)).toEqual(["story.json"]);
    expect(pick.problems).toEqual(["bad.pdf is not a file Parallax reads."]);
  });

  it("keeps every story of a pick", () => {
    const pick = sortPick([storyFile("a.json"), storyFile("b.json"), storyFile("c.json")], []);
    expect(pick.stories.map((s) => s.name)).toEqual(["a.json", "b.json", "c.json"]);
  });

  it("gives files of one name unique labels, also against the form's versions", () => {
    const kept = [{ label: "notes", text: "Already here." }];
    const pick = sortPick([text("notes.txt"), text("notes.md"), text("notes.html")], kept);
    expect(pick.drafts.map((d) => d.label)).toEqual(["notes (2)", "notes (3)", "notes (4)"]);
  });

  it("refuses the whole pick when it would pass 200 versions, saying so", () => {
    const kept = Array.from({ length: 199 }, (_, i) => ({ label: `v${i}`, text: "x" }));
    const pick = sortPick([text("a.txt"), text("b.txt"), storyFile("s.json")], kept);
    expect(pick).toEqual({
      drafts: [],
      stories: [],
      problems: [
        "These files would make 201 versions; a comparison holds at most 200. Nothing from them was added or saved.",
      ],
    });
  });
});

describe("uniqueLabel", () => {
  it("numbers a repeated label from 2", () => {
    expect(uniqueLabel("notes", new Set())).toBe("notes");
    expect(uniqueLabel("notes", new Set(["notes", "notes (2)"]))).toBe("notes (3)");
  });
});
