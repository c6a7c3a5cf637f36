import { describe, expect, it } from "vitest";
import * as pasted from "./ingest/story-from-texts.ts";
import {
  MAX_CHARS_PER_VERSION,
  MAX_VERSIONS,
  MAX_WORDS_PER_VERSION,
  charCountProblem,
  fileSizeProblem,
  storyLimitProblems,
  versionCountProblem,
} from "./limits.ts";

const version = (label: string, words: number) => ({
  label,
  blocks: [{ text: "word ".repeat(words).trim() }],
});

describe("limits", () => {
  it("are the ones pasted text obeys", () => {
    expect(pasted.MAX_VERSIONS).toBe(MAX_VERSIONS);
    expect(pasted.MAX_WORDS_PER_VERSION).toBe(MAX_WORDS_PER_VERSION);
  });

  it("state the limit in every message", () => {
    expect(versionCountProblem(1)).toBe("a comparison needs at least 2 versions; this one has 1");
    expect(versionCountProblem(2)).toBeNull();
    expect(versionCountProblem(200)).toBeNull();
    expect(versionCountProblem(10_000)).toBe(
      "a comparison holds at most 200 versions; this one has 10,000",
    );
    expect(fileSizeProblem(5 * 2 ** 20)).toBeNull();
    expect(fileSizeProblem(6 * 2 ** 20)).toBe("6.0 MB; the limit is 5 MB per file");
  });

  it("list every version over the word limit, by place and label", () => {
    const versions = [version("A", 10), version("B", 200_001), version("C", 300_000)];
    expect(storyLimitProblems(versions)).toEqual([
      "versions[1] (“B”) has 200,001 words; the limit is 200,000 words per version",
      "versions[2] (“C”) has 300,000 words; the limit is 200,000 words per version",
    ]);
    expect(storyLimitProblems([version("A", 3)])).toEqual([
      "a comparison needs at least 2 versions; this one has 1",
    ]);
    expect(storyLimitProblems([version("A", 3), version("B", 3)])).toEqual([]);
  });

  it("refuse a version of more characters than the limit, even as one word", () => {
    expect(charCountProblem(MAX_CHARS_PER_VERSION)).toBeNull();
    expect(charCountProblem(3_000_000)).toBe(
      "3,000,000 characters; the limit is 2,000,000 characters per version",
    );
    const unbroken = { label: "A", blocks: [{ text: "x".repeat(3_000_000) }] };
    expect(storyLimitProblems([unbroken, version("B", 3)])).toEqual([
      "versions[0] (“A”) has 3,000,000 characters; the limit is 2,000,000 characters per version",
    ]);
  });
});
