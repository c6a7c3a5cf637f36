import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparison, Passage } from "../align/types.ts";
import { findDiscrepancies } from "./find-discrepancies.ts";

// A comparison where each version is one paragraph per sentence and sentence i of
// every version is in group i (what the engine gives for near-identical texts).
function comparisonOf(texts: Record<string, string[]>): Comparison {
  const versions = Object.entries(texts).map(([id, sentences]) => ({
    id,
    label: id,
    text: sentences.join("\n\n"),
  }));
  const passages: Passage[] = versions.flatMap((v) => {
    let at = 0;
    return texts[v.id]!.map((sentence, i) => {
      const passage: Passage = {
        version: v.id,
        start: at,
        end: at + sentence.length,
        kind: "paraphrase",
        sharedWith: [],
        group: i + 1,
        score: 1,
      };
      at += sentence.length + 2;
      return passage;
    });
  });
  return { versions, passages, groups: [] };
}

const texts = (c: Comparison) =>
  findDiscrepancies(c).map((d) => [d.kind, ...d.values.map((v) => `${v.version}:${v.text}`)]);

describe("findDiscrepancies", () => {
  it("flags a changed number, date, quotation and negation, each with its place", () => {
    const c = comparisonOf({
      a: [
        "The siege lasted 12 months.",
        "They met on Tuesday.",
        "“We are ready to listen,” said Anna Berg.",
        "The war is not ending soon.",
      ],
      b: [
        "The siege lasted 18 months.",
        "They met on Thursday.",
        "“We are ready to leave,” said Anna Berg.",
        "The war is ending soon.",
      ],
    });
    expect(texts(c)).toEqual([
      ["number", "a:12 months", "b:18 months"],
      ["date", "a:Tuesday", "b:Thursday"],
      ["quote", "a:“We are ready to listen,”", "b:“We are ready to leave,”"],
      ["negation", "a:not ending", "b:is ending"],
    ]);
    const [first] = findDiscrepancies(c);
    expect(c.versions[1]!.text.slice(first!.values[1]!.start, first!.values[1]!.end)).toBe(
      "18 months",
    );
  });

  it("does not flag a name variant, an equal value in other words, an extract of a quote, or an absent fact", () => {
    const c = comparisonOf({
      a: [
        "Officials in Ottawa backed the plan.",
        "A dozen envoys met for 5 per cent.",
        "He called it “slow but useful” today.",
        "The siege lasted 12 months.",
      ],
      b: [
        "Officials in Canada backed the plan.",
        "12 envoys met for 5%.",
        "He called it “slow” today.",
        "The siege lasted.",
      ],
    });
    expect(texts(c)).toEqual([]);
  });

  it("flags a different name in the same slot", () => {
    const c = comparisonOf({
      a: ["Officials in Ottawa backed the plan."],
      b: ["Officials in Warsaw backed the plan."],
    });
    expect(texts(c)).toEqual([["name", "a:Ottawa", "b:Warsaw"]]);
  });

  const SENTENCES = [
    ["The siege lasted 12 months.", "The siege lasted 18 months.", "The siege lasted two years."],
    ["They met on Tuesday, 12 March.", "They met on Thursday, 12 March.", "They met on 14 March."],
    [
      "Officials in Ottawa backed it.",
      "Officials in Warsaw backed it.",
      "Officials in Canada backed it.",
    ],
    [
      "“We are ready,” said Anna Berg.",
      "“We are not ready,” said Anna Berg.",
      "“We were ready,” said Anna Berg.",
    ],
    [
      "The talks will not resume soon.",
      "The talks will resume soon.",
      "The talks may resume soon.",
    ],
  ];

  it("does not depend on the order of versions or passages", () => {
    const version = fc.array(fc.nat({ max: 2 }), {
      minLength: SENTENCES.length,
      maxLength: SENTENCES.length,
    });
    fc.assert(
      fc.property(fc.array(version, { minLength: 2, maxLength: 4 }), fc.nat(), (choices, seed) => {
        const story = Object.fromEntries(
          choices.map((choice, v) => [`v${v}`, choice.map((k, i) => SENTENCES[i]![k]!)]),
        );
        const forward = comparisonOf(story);
        const shuffled = [...forward.versions].sort(
          (x, y) =>
            ((x.id.charCodeAt(1) * 31 + seed) % 7) - ((y.id.charCodeAt(1) * 31 + seed) % 7) ||
            (x.id < y.id ? 1 : -1),
        );
        const reordered: Comparison = {
          ...forward,
          versions: shuffled,
          passages: shuffled.flatMap((v) => forward.passages.filter((p) => p.version === v.id)),
        };
        expect(findDiscrepancies(reordered)).toEqual(findDiscrepancies(forward));
      }),
    );
  });

  it("finds nothing between identical versions", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 }), { minLength: 5, maxLength: 5 }), (choice) => {
        const sentences = choice.map((k, i) => SENTENCES[i]![k]!);
        expect(findDiscrepancies(comparisonOf({ a: sentences, b: sentences }))).toEqual([]);
      }),
    );
  });
});
