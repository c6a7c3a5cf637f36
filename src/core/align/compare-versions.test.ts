import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions.ts";
import { bundledVersions, lettered, passagesOf, testVectors } from "./test-support.ts";
import type { Comparison, VersionInput } from "./types.ts";

const vectors = testVectors();

/** Checks that each version's passages cover its text exactly, in order, without splitting a character. */
function expectPartition(comparison: Comparison) {
  for (const version of comparison.versions) {
    const passages = comparison.passages.filter((p) => p.version === version.id);
    let at = 0;
    for (const passage of passages) {
      expect(passage.start).toBe(at);
      expect(passage.end).toBeGreaterThan(passage.start);
      for (const offset of [passage.start, passage.end]) {
        const before = version.text.charCodeAt(offset - 1);
        expect(
          before >= 0xd800 && before <= 0xdbff,
          `offset ${offset} splits a surrogate pair`,
        ).toBe(false);
      }
      at = passage.end;
    }
    expect(at).toBe(version.text.length);
  }
}

/** Checks that sharing is symmetric: each version a passage shares with has a passage of its group sharing back. */
function expectSymmetric(comparison: Comparison) {
  for (const passage of comparison.passages) {
    if (passage.kind === "unique") {
      expect(passage.sharedWith).toEqual([]);
      expect(passage.group).toBeNull();
      continue;
    }
    expect(passage.sharedWith.length).toBeGreaterThan(0);
    for (const other of passage.sharedWith) {
      const back = comparison.passages.filter(
        (p) => p.version === other && p.group === passage.group,
      );
      expect(back.some((p) => p.sharedWith.includes(passage.version))).toBe(true);
    }
  }
}

const byVersion = (comparison: Comparison) =>
  Object.fromEntries(
    comparison.versions.map((v) => [v.id, comparison.passages.filter((p) => p.version === v.id)]),
  );

const SENTENCES = [
  "Leaders met in Brussels on Tuesday to discuss the peace plan.",
  "Any peace framework must respect Ukraine’s sovereignty.",
  "Canada reiterated its long-standing support for Ukraine.",
  "Ottawa has been one of Ukraine’s most consistent supporters.",
  "Energy prices rose sharply across Europe this winter.",
  "“We must keep every channel open,” one official said.",
  "Мирные переговоры продолжаются в Женеве.",
  "محادثات السلام مستمرة في جنيف.",
  "和平谈判在日内瓦继续进行。",
  "Talks 🕊️ resumed — slowly 👩‍👩‍👧.",
  "U.S. officials said sanctions would stay.",
];

const versionText = fc
  .array(fc.oneof(fc.constantFrom(...SENTENCES), fc.string({ unit: "grapheme", maxLength: 40 })), {
    maxLength: 8,
  })
  .chain((parts) => fc.constantFrom(parts.join(" "), parts.join("\n\n"), parts.join("\n")));

const versionsArbitrary = fc
  .array(versionText, { minLength: 1, maxLength: 4 })
  .map((texts) =>
    texts.map((text, i): VersionInput => ({ id: `v${i}`, label: `Version ${i}`, text })),
  );

describe("compareVersions: properties", () => {
  it("partitions every text exactly, never splitting a character, and shares symmetrically", () => {
    fc.assert(
      fc.property(versionsArbitrary, (versions) => {
        const comparison = compareVersions(versions, { vectors });
        expectPartition(comparison);
        expectSymmetric(comparison);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same result whatever the order of the versions", () => {
    fc.assert(
      fc.property(versionsArbitrary, fc.infiniteStream(fc.nat()), (versions, randoms) => {
        const shuffled = [...versions].sort(() => (randoms.next().value % 3) - 1);
        expect(byVersion(compareVersions(shuffled, { vectors }))).toEqual(
          byVersion(compareVersions(versions, { vectors })),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe("compareVersions: cases", () => {
  it("marks everything unique when there is one version", () => {
    const comparison = compareVersions(
      [{ id: "a", label: "A", text: SENTENCES.slice(0, 3).join(" ") }],
      { vectors },
    );
    expect(comparison.passages.every((p) => p.kind === "unique")).toBe(true);
    expectPartition(comparison);
  });

  it("marks identical versions verbatim, shared with each other", () => {
    const text = SENTENCES.slice(0, 5).join("\n\n");
    const comparison = compareVersions(
      [
        { id: "a", label: "A", text },
        { id: "b", label: "B", text },
      ],
      { vectors },
    );
    const words = passagesOf(comparison, "a").filter((p) => /\p{L}/u.test(p.text));
    expect(words.every((p) => p.kind === "verbatim" && p.sharedWith.join() === "b")).toBe(true);
  });

  it("does not let one phrase tie two near-identical versions wholly to a third", () => {
    // Two successive edits of one article; a third text shares one phrase of it.
    const edit = SENTENCES.slice(0, 5).join("\n\n");
    const phrase = SENTENCES[2]!.split(" ").slice(0, 7).join(" ");
    const comparison = compareVersions(
      [
        { id: "a", label: "A", text: edit },
        { id: "b", label: "B", text: `${edit}\n\nA closing line was added.` },
        {
          id: "c",
          label: "C",
          text: `Elsewhere, a council met. ${phrase} at least, one member said.`,
        },
      ],
      { vectors },
    );
    const sharedWithC = passagesOf(comparison, "a")
      .filter((p) => p.sharedWith.includes("c"))
      .map((p) => p.text.trim());
    expect(sharedWithC.length).toBeGreaterThan(0);
    // Only the sentence holding the phrase is shared with C, not the whole edit.
    expect(sharedWithC.join(" ").length).toBeLessThan(SENTENCES[2]!.length + 2);
    expect(
      passagesOf(comparison, "a")
        .filter((p) => /\p{L}/u.test(p.text))
        .every((p) => p.sharedWith.includes("b")),
    ).toBe(true);
  });

  it("can send the word-for-word layer first, without changing the result", () => {
    const versions = bundledVersions();
    const previews: Comparison[] = [];
    const comparison = compareVersions(versions, { vectors, onPreview: (p) => previews.push(p) });
    expect(previews).toHaveLength(1);
    const preview = previews[0]!;
    expectPartition(preview);
    expect(preview.passages.some((p) => p.kind === "verbatim")).toBe(true);
    expect(preview.passages.every((p) => p.kind !== "paraphrase")).toBe(true);
    expect(comparison).toEqual(compareVersions(versions, { vectors }));
  });

  it("never bridges a verbatim run across the start of a sentence", () => {
    const lanes = "The council approved the new downtown bus lanes on Tuesday.";
    const parking = "drivers will lose forty parking spaces along Main Street.";
    const comparison = compareVersions(
      lettered(`${lanes} However ${parking}`, `${lanes} Meanwhile ${parking}`),
      { vectors },
    );
    for (const passage of passagesOf(comparison, "a").filter((p) => p.kind === "verbatim"))
      expect(passage.text).not.toContain("Tuesday. However");
  });

  it("keeps a phrase a third version shares apart, even beside a one-word edit", () => {
    const tail = "drivers will lose forty parking spaces";
    const later = "Main Street next spring when the works begin.";
    const comparison = compareVersions(
      lettered(
        `On Tuesday the council said ${tail} along ${later}`,
        `On Tuesday the council said ${tail} beside ${later}`,
        `Residents complained that ${tail} soon, and nobody answered them.`,
      ),
      { vectors },
    );
    const withC = passagesOf(comparison, "a").filter((p) => p.sharedWith.includes("c"));
    expect(withC.map((p) => p.text.trim()).join(" ")).not.toContain("Main Street");
  });

  it("handles empty and blank texts", () => {
    const comparison = compareVersions(
      [
        { id: "a", label: "A", text: "" },
        { id: "b", label: "B", text: "  \n\n " },
        { id: "c", label: "C", text: SENTENCES[0]! },
      ],
      { vectors },
    );
    expect(passagesOf(comparison, "a")).toEqual([]);
    expect(passagesOf(comparison, "b").map((p) => p.kind)).toEqual(["unique"]);
    expectPartition(comparison);
  });

  it("refuses repeated version ids", () => {
    const version = { id: "a", label: "A", text: "x" };
    expect(() => compareVersions([version, version])).toThrow("used twice");
  });

  it("links a claim told in other words, and leaves an unrelated sentence unique", () => {
    const comparison = compareVersions(
      lettered(
        "Several participants stressed that any peace framework must be anchored in Ukraine’s sovereignty. The weather in Brussels was mild and sunny all week. Officials expect more meetings in the coming weeks.",
        "Officials emphasized that any peace framework must respect Ukraine’s sovereignty. Prisoner exchanges were discussed behind the scenes. Additional multinational meetings are expected in the coming weeks.",
      ),
      { vectors, minZ: 1 },
    );
    const a = passagesOf(comparison, "a");
    const sovereignty = a.find((p) => p.text.includes("sovereignty"))!;
    const weather = a.find((p) => p.text.includes("weather"))!;
    expect(sovereignty.kind).not.toBe("unique");
    expect(sovereignty.sharedWith).toEqual(["b"]);
    expect(weather.kind).toBe("unique");
  });

  it("does not group sentences that share only a name, even as each other's best match", () => {
    const story = (second: string) =>
      compareVersions(
        lettered(
          "Albrecht said she expected a full room at the summit hall on Thursday. The weather in Brussels was mild and sunny all week long. Grain prices rose sharply after the harbour closed for repairs.",
          `${second} Farmers in the north worried about a dry spring and late frost. Rail unions announced a strike for the first week of March.`,
        ),
        // No z or similarity bar: only the points of agreement decide.
        { vectors, minZ: 0, minSimilarity: 0 },
      );
    const first = (comparison: Comparison) => passagesOf(comparison, "a")[0]!;
    const nameOnly = story(
      "Albrecht told reporters the long delay in deliveries was simply not acceptable.",
    );
    expect(first(nameOnly).kind).toBe("unique");
    const sameClaim = story(
      "Albrecht told reporters she expected the summit hall to hold a full room.",
    );
    expect(first(sameClaim).kind).toBe("paraphrase");
  });

  it("compares a 50,000-word text without trouble", () => {
    const long = Array.from(
      { length: 5000 },
      (_, i) => `Paragraph ${i} says the council met again to weigh the budget.`,
    ).join("\n");
    const comparison = compareVersions(
      [
        { id: "a", label: "A", text: long },
        { id: "b", label: "B", text: SENTENCES.join(" ") },
      ],
      { vectors },
    );
    expectPartition(comparison);
  }, 60_000);
});

describe("compareVersions on the bundled story", () => {
  it("finds shared and unique passages in every version, and is deterministic", () => {
    const versions = bundledVersions();
    const first = compareVersions(versions, { vectors });
    expectPartition(first);
    expectSymmetric(first);
    for (const version of versions) {
      const kinds = new Set(passagesOf(first, version.id).map((p) => p.kind));
      expect(kinds.has("unique")).toBe(true);
      expect(kinds.has("paraphrase")).toBe(true);
    }
    expect(compareVersions(versions, { vectors })).toEqual(first);
  });

  it("groups a claim told in two long sentences that each carry other claims too", () => {
    // "…must be anchored in Ukraine's sovereignty, security guarantees, and
    // international law" / "…must respect Ukraine's sovereignty, ensure
    // long-term regional security, and avoid rewarding aggression": the other
    // claims dilute the z-score, but the two agree on several words.
    const comparison = compareVersions(bundledVersions(), { vectors });
    const groupOf = (version: string, words: string) =>
      passagesOf(comparison, version).find((p) => p.text.includes(words))?.group;
    const a = groupOf("a", "anchored in Ukraine");
    expect(a).toBeTypeOf("number");
    expect(groupOf("d", "respect Ukraine’s sovereignty")).toBe(a);
  });
});
