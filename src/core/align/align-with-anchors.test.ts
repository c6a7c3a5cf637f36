import { describe, expect, it } from "vitest";
import { segmentSentences } from "../text/segment-sentences.ts";
import { tokenize } from "../text/tokenize.ts";
import { WordTable } from "../vectors/word-table.ts";
import { alignWithAnchors } from "./align-with-anchors.ts";
import { countAnchors, symmetricAlignment } from "./pair-features.ts";
import { profileSentence } from "./sentence-profile.ts";
import { bundledVersions, testVectors } from "./test-support.ts";
import { backgroundWeigher } from "./word-weights.ts";

// The one-pass version must stay exactly the two functions it replaces for
// suggestions: if either changes, this fails until both agree again.
describe("alignWithAnchors", () => {
  it("gives exactly symmetricAlignment and countAnchors, on every sentence pair of two versions", () => {
    const vectors = testVectors();
    const table = new WordTable(vectors);
    const weigh = backgroundWeigher(vectors);
    const [first, second] = bundledVersions();
    const profiles = (text: string) =>
      segmentSentences(text).map((span) =>
        profileSentence(tokenize(text, span.start, span.end), table, weigh),
      );
    const left = profiles(first!.text);
    const right = profiles(second!.text);
    let pairs = 0;
    for (const a of left) {
      for (const b of right) {
        const both = alignWithAnchors(a, b, table, 0.8);
        expect(both.similarity).toBe(symmetricAlignment(a, b, table));
        expect(both.agreement).toBe(countAnchors(a, b, table, 0.8));
        pairs += 1;
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
