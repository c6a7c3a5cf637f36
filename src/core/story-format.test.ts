import { describe, expect, it } from "vitest";
import { formatVersionFor, parseStory, parseStoryIndex } from "./story-format.ts";

const valid = {
  id: "peace-talks",
  title: "Peace talks",
  versions: [
    { id: "a", label: "Version A", blocks: [{ kind: "paragraph", text: "Text." }] },
    { id: "b", label: "Version B", blocks: [{ kind: "heading", text: "Head" }] },
    { id: "c", label: "Version C", blocks: [] },
  ],
};

const problems = (data: unknown) => {
  const result = parseStory(data);
  return result.ok ? [] : result.problems;
};

describe("parseStory", () => {
  it("accepts a valid story", () => {
    expect(parseStory(valid)).toEqual({ ok: true, value: valid });
  });

  it("names a missing field by its path", () => {
    const { blocks: _dropped, ...withoutBlocks } = valid.versions[2]!;
    const data = { ...valid, versions: [valid.versions[0], valid.versions[1], withoutBlocks] };
    expect(problems(data)).toEqual(["versions[2].blocks is missing"]);
  });

  it("explains a wrong block kind", () => {
    const data = structuredClone(valid);
    data.versions[0]!.blocks[0]!.kind = "quote";
    expect(problems(data)).toEqual([
      "versions[0].blocks[0].kind must be one of standfirst, heading, paragraph, listItem",
    ]);
  });

  it("rejects empty text, bad ids and repeated version ids", () => {
    const data = structuredClone(valid);
    data.versions[0]!.blocks[0]!.text = "  ";
    data.versions[1]!.id = "a";
    data.id = "Peace Talks";
    expect(problems(data)).toEqual([
      expect.stringMatching(/^id must be lowercase letters/),
      "versions[0].blocks[0].text must not be empty",
      "versions[1].id repeats the version id “a”",
    ]);
    data.id = "peace-talks";
    data.versions[0]!.blocks[0]!.text = "Text.";
    expect(problems(data)).toEqual(["versions[1].id repeats the version id “a”"]);
  });

  it("says what is wrong with something that is not a story at all", () => {
    expect(problems([1, 2])).toEqual([
      "the file must be a JSON object with id, title and versions",
    ]);
    expect(problems({ ...valid, versions: [] })).toEqual([
      "versions must hold at least one version",
    ]);
  });
});

describe("parseStoryIndex", () => {
  it("accepts a list of stories and refuses paths outside the data folder", () => {
    const entry = { id: "x", title: "X", path: "stories/x.json" };
    expect(parseStoryIndex({ stories: [entry] }).ok).toBe(true);
    const escaped = parseStoryIndex({ stories: [{ ...entry, path: "../secret.json" }] });
    expect(escaped).toEqual({
      ok: false,
      problems: ["stories[0].path must not leave the data folder"],
    });
  });
});

describe("parseStory: the reader's corrections (format version 2)", () => {
  const correction = {
    id: "c1",
    kind: "link",
    a: { version: "a", start: 0, end: 5, text: "Text." },
    b: { version: "b", start: 0, end: 4, text: "Head" },
    createdAt: 1_764_500_000_000,
  };

  it("accepts corrections between two versions of the story", () => {
    const data = { formatVersion: 2, ...valid, corrections: [correction] };
    expect(parseStory(data)).toEqual({ ok: true, value: data });
  });

  it("still reads a version-1 file, without formatVersion or corrections", () => {
    expect(parseStory(valid).ok).toBe(true);
  });

  it("reads where each version came from (format 3), trimmed, and names bad values", () => {
    const [first, ...rest] = valid.versions;
    const withMeta = {
      formatVersion: 3,
      ...valid,
      versions: [
        {
          ...first!,
          source: " Wire News ",
          published: "2024-03-12T14:07",
          url: "https://example.org/a",
        },
        ...rest,
      ],
    };
    const parsed = parseStory(withMeta);
    expect(parsed.ok && parsed.value.versions[0]).toMatchObject({ source: "Wire News" });
    expect(parsed.ok && formatVersionFor(parsed.value)).toBe(3);
    expect(formatVersionFor(valid as never)).toBe(1);
    const bad = {
      ...withMeta,
      versions: [{ ...first!, published: "12/03/2024", url: "javascript:alert(1)" }, ...rest],
    };
    expect(problems(bad)).toEqual([
      "versions[0].published must be a date like 2024-03-12 or 2024-03-12T14:07",
      "versions[0].url must be an http or https address",
    ]);
  });

  it("refuses a file from a newer release, saying so", () => {
    expect(problems({ ...valid, formatVersion: 4 })).toEqual([
      "formatVersion is from a newer release of Parallax (this one reads up to 3)",
    ]);
  });

  it("names a correction on an unknown version, in one version, or backwards", () => {
    const unknown = { ...correction, b: { ...correction.b, version: "z" } };
    const same = { ...correction, b: { ...correction.a } };
    const backwards = { ...correction, a: { ...correction.a, start: 5, end: 2 } };
    expect(problems({ ...valid, corrections: [unknown, same] })).toEqual([
      "corrections[0].b names no version of this story",
      "corrections[1].b must be in another version than a",
    ]);
    expect(problems({ ...valid, corrections: [backwards] })).toEqual([
      "corrections[0].a must end after it starts",
    ]);
  });
});
