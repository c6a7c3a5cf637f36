import { describe, expect, it } from "vitest";
import { listProblems, readStoryJson } from "./read-story-file.ts";

const version = (i: number, words = 3) => ({
  id: `v${i}`,
  label: `Version ${i}`,
  blocks: [{ kind: "paragraph", text: "word ".repeat(words).trim() }],
});
const story = (versions: unknown[]) => JSON.stringify({ id: "s", title: "S", versions });
const problemOf = (text: string) => {
  const result = readStoryJson("story.json", text);
  return result.ok ? null : result.problem;
};

describe("readStoryJson", () => {
  it("reads a story within the limits", () => {
    const result = readStoryJson("story.json", story([version(1), version(2)]));
    expect(result).toMatchObject({ ok: true, kind: "story", name: "story.json" });
  });

  it("refuses a story over the limits pasted text obeys, stating each limit", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => version(i));
    expect(problemOf(story(many))).toBe(
      "story.json cannot be compared: a comparison holds at most 200 versions; this one has 10,000.",
    );
    expect(problemOf(story([version(1)]))).toBe(
      "story.json cannot be compared: a comparison needs at least 2 versions; this one has 1.",
    );
    expect(problemOf(story([version(1), version(2, 300_000)]))).toBe(
      "story.json cannot be compared: versions[1] (“Version 2”) has 300,000 words; the limit is 200,000 words per version.",
    );
  });

  it("lists all of a file's problems, the version limit first, up to ten", () => {
    const broken = Array.from({ length: 300 }, (_, i) => ({ id: `v${i}`, label: "" }));
    const problem = problemOf(story(broken))!;
    expect(problem).toMatch(
      /^story\.json is not a Parallax story: a comparison holds at most 200 versions; this one has 300; versions\[0\]\.label must not be empty; versions\[0\]\.blocks is missing; /,
    );
    // The limit, then nine field problems of the 600, then the count of the rest.
    expect(problem.match(/versions\[\d+\]/g)).toHaveLength(9);
    expect(problem).toMatch(/; and 591 more problems\.$/);
  });

  it("names broken JSON", () => {
    expect(problemOf("{ not json")).toMatch(/^story\.json is not valid JSON \(.+\)\.$/);
  });
});

describe("listProblems", () => {
  it("joins up to ten problems and counts the rest", () => {
    expect(listProblems(["a", "b"])).toBe("a; b");
    const eleven = Array.from({ length: 11 }, (_, i) => `p${i}`);
    expect(listProblems(eleven)).toBe("p0; p1; p2; p3; p4; p5; p6; p7; p8; p9; and 1 more problem");
  });
});
