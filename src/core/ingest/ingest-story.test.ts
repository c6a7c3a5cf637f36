import { describe, expect, it } from "vitest";
import { buildDataFiles, ingestStory, type StorySource } from "./ingest-story.ts";

const source: StorySource = {
  id: "sample",
  title: "Sample story",
  versions: [
    { id: "a", label: "Version A", source: "a.txt" },
    { id: "b", label: "Version B", source: "b.txt" },
  ],
};

describe("ingestStory", () => {
  it("builds a valid story with blocks in reading order", () => {
    const texts: Record<string, string> = {
      "a.txt": "Ukraine’s “freeze” is off the table.\n\nLeave a comment",
      "b.txt": "Talks go on — slowly.",
    };
    const story = ingestStory(source, (file) => texts[file] ?? "");
    expect(story.versions.map((version) => version.blocks)).toEqual([
      [{ kind: "paragraph", text: "Ukraine’s “freeze” is off the table." }],
      [{ kind: "paragraph", text: "Talks go on — slowly." }],
    ]);
  });

  it("refuses a version with no text after cleaning, naming its file", () => {
    const read = (file: string) => (file === "b.txt" ? "Trending\n\nShare this" : "Text.");
    expect(() => ingestStory(source, read)).toThrow("sample/b.txt has no text left after cleaning");
  });

  it("refuses an invalid description", () => {
    const bad = { ...source, versions: [source.versions[0]!, { ...source.versions[1]!, id: "a" }] };
    expect(() => ingestStory(bad, () => "Text.")).toThrow(
      "versions[1].id repeats the version id “a”",
    );
  });
});

describe("buildDataFiles", () => {
  it("writes one file per story and an index pointing at it", () => {
    const story = ingestStory(source, () => "Text.");
    const files = buildDataFiles([story]);
    expect([...files.keys()]).toEqual(["stories/sample.json", "index.json"]);
    expect(JSON.parse(files.get("index.json")!)).toEqual({
      stories: [{ id: "sample", title: "Sample story", path: "stories/sample.json" }],
    });
    expect(files.get("stories/sample.json")!.endsWith("\n")).toBe(true);
  });
});
