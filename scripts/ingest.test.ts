import { describe, expect, it } from "vitest";
import { buildDataFilesFromSources, readGeneratedFiles } from "./lib/data-tree.ts";

describe("generated data", () => {
  it("matches what `npm run ingest` makes from data/stories (run it if this fails)", () => {
    const expected = buildDataFilesFromSources();
    const actual = readGeneratedFiles();
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, contents] of expected) expect(actual.get(path), path).toBe(contents);
  });
});
