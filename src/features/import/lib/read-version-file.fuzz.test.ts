// @vitest-environment happy-dom
/**
 * Whatever a reader picks, the import answers with a usable result or a
 * clear message naming the file, and never throws.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.ts";
import { readVersionBytes, type FileReadResult } from "./read-version-file.ts";

const NAMES = ["a.txt", "b.md", "c.json", "d.html", "e.pdf", "noextension"];

function expectClear(result: FileReadResult, name: string) {
  if (!result.ok) {
    expect(result.problem.startsWith(name)).toBe(true);
    expect(result.problem).toMatch(/[.)]$/);
  } else if (result.kind === "version") {
    expect(result.draft.text.trim()).not.toBe("");
    expect(typeof result.draft.label).toBe("string");
  } else {
    expect(result.story.versions.length).toBeGreaterThanOrEqual(2);
  }
}

describe("the import path under random input", () => {
  it("decodes any bytes to text or a reason", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const decoded = decodeText(bytes);
        expect(decoded.ok ? typeof decoded.text : decoded.problem).toBe(
          decoded.ok ? "string" : "looks like a binary file, not text",
        );
      }),
      { numRuns: 500 },
    );
  });

  it("reads random bytes under any name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.uint8Array({ maxLength: 600 }),
        async (name, bytes) => expectClear(await readVersionBytes(name, bytes), name),
      ),
      { numRuns: 150 },
    );
  });

  it("reads random Unicode text under any name", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...NAMES),
        fc.string({ unit: "binary", maxLength: 400 }),
        async (name, text) =>
          expectClear(await readVersionBytes(name, new TextEncoder().encode(text)), name),
      ),
      { numRuns: 150 },
    );
  });

  it("reads random JSON values, and story-shaped ones, as story files", async () => {
    const block = fc.record({
      kind: fc.oneof(
        fc.constantFrom("paragraph", "heading", "listItem", "standfirst"),
        fc.string(),
      ),
      text: fc.string(),
    });
    const version = fc.record({
      id: fc.oneof(fc.constantFrom("a", "b", "c"), fc.string()),
      label: fc.string(),
      blocks: fc.array(block, { maxLength: 3 }),
    });
    const storyLike = fc.record(
      {
        id: fc.constantFrom("s", "Bad Id"),
        title: fc.string(),
        versions: fc.array(version, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), storyLike), async (value) => {
        const bytes = new TextEncoder().encode(JSON.stringify(value) ?? "");
        expectClear(await readVersionBytes("story.json", bytes), "story.json");
      }),
      { numRuns: 300 },
    );
  });
});
