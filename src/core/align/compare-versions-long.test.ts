import { describe, expect, it } from "vitest";
import { MAX_UNIT_WORDS } from "../text/cut-long-spans.ts";
import { compareVersions } from "./compare-versions.ts";
import { prepareUnits } from "./prepare-units.ts";
import { bundledVersions, testVectors } from "./test-support.ts";

const WORDS = 200_000;

// Two versions of WORDS words without a single punctuation mark or line
// break, drawn from the bundled story's vocabulary; the second drops and
// swaps a few words, as a light edit would. Seeded, so every run is the same.
function unpunctuatedPair(): [string, string] {
  const pool = bundledVersions().flatMap((v) =>
    v.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const first = Array.from({ length: WORDS }, () => pool[Math.floor(random() * pool.length)]!);
  const second = first.filter(() => random() > 0.05);
  return [first.join(" "), second.join(" ")];
}

describe("compareVersions on very long unpunctuated texts", () => {
  const [a, b] = unpunctuatedPair();

  it("cuts them into units of bounded length", () => {
    const units = prepareUnits([a]);
    expect(units.length).toBeGreaterThanOrEqual(WORDS / MAX_UNIT_WORDS);
    expect(units.slice(0, 50).some((unit) => unit.tokens.length === MAX_UNIT_WORDS)).toBe(true);
    expect(units.every((unit) => unit.tokens.length <= MAX_UNIT_WORDS)).toBe(true);
  });

  it("compares 2 × 200,000 words without error, covering both texts", () => {
    const comparison = compareVersions(
      [
        { id: "a", label: "A", text: a },
        { id: "b", label: "B", text: b },
      ],
      { vectors: testVectors(), suggest: 3 },
    );
    for (const version of comparison.versions) {
      const passages = comparison.passages.filter((p) => p.version === version.id);
      let at = 0;
      for (const passage of passages) {
        expect(passage.start).toBe(at);
        at = passage.end;
      }
      expect(at).toBe(version.text.length);
    }
    const shared = comparison.passages.filter((p) => p.version === "b" && p.kind !== "unique");
    const sharedChars = shared.reduce((sum, p) => sum + p.end - p.start, 0);
    expect(sharedChars / b.length).toBeGreaterThan(0.5);
  }, 180_000);
});
