import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions.ts";
import { bundledVersions, lettered, passagesOf, testVectors } from "./test-support.ts";
import type { Comparison, Correction, TextSpan, VersionInput } from "./types.ts";

const vectors = testVectors();

const BRUSSELS = "Leaders met in Brussels on Tuesday to discuss the peace plan.";
const ENERGY = "Energy prices rose sharply across Europe this winter.";
const CANADA = "Canada reiterated its long-standing support for Ukraine.";
const OTTAWA = "Ottawa has been one of Ukraine’s most consistent supporters.";
const GENEVA = "The talks will resume in Geneva next month, officials said.";

/** The span of the first occurrence of `text` in a version. */
function spanOf(versions: readonly VersionInput[], version: string, text: string): TextSpan {
  const start = versions.find((v) => v.id === version)!.text.indexOf(text);
  if (start < 0) throw new Error(`“${text}” is not in ${version}`);
  return { version, start, end: start + text.length };
}

const fix = (id: string, kind: Correction["kind"], a: TextSpan, b: TextSpan): Correction => ({
  id,
  kind,
  a,
  b,
});

/** Groups of the passages that overlap a span. */
function groupsIn(comparison: Comparison, span: TextSpan): Set<number> {
  return new Set(
    comparison.passages
      .filter((p) => p.version === span.version && p.start < span.end && p.end > span.start)
      .flatMap((p) => (p.group === null ? [] : [p.group])),
  );
}

const overlap = (p: Set<number>, q: Set<number>) => [...p].filter((g) => q.has(g));

/** Every passage's `sharedWith` is the other versions in its group; the groups list agrees. */
function expectConsistentGroups(comparison: Comparison) {
  const present = new Map<number, Set<string>>();
  for (const p of comparison.passages) {
    if (p.group === null) continue;
    present.set(p.group, (present.get(p.group) ?? new Set()).add(p.version));
  }
  for (const p of comparison.passages) {
    expect(p.kind === "unique").toBe(p.group === null);
    if (p.group === null) expect(p.sharedWith).toEqual([]);
    else
      expect(p.sharedWith).toEqual(
        [...present.get(p.group)!].filter((v) => v !== p.version).sort(),
      );
  }
  expect(comparison.groups.map((g) => [g.id, g.versions])).toEqual(
    [...present].sort(([p], [q]) => p - q).map(([id, versions]) => [id, [...versions].sort()]),
  );
}

describe("compareVersions with corrections", () => {
  const pair = lettered(
    `${BRUSSELS}\n\n${ENERGY}\n\n${CANADA}`,
    `${OTTAWA}\n\n${BRUSSELS}\n\n${GENEVA}`,
  );

  it("joins two unrelated sentences the reader linked into one group, in both versions", () => {
    const link = fix("l", "link", spanOf(pair, "a", ENERGY), spanOf(pair, "b", GENEVA));
    const before = compareVersions(pair, { vectors });
    expect(groupsIn(before, link.a).size + groupsIn(before, link.b).size).toBe(0);
    const after = compareVersions(pair, { vectors, corrections: [link] });
    const energy = passagesOf(after, "a").find((p) => p.text.startsWith(ENERGY))!;
    const geneva = passagesOf(after, "b").find((p) => p.text.startsWith(GENEVA))!;
    expect([energy.kind, energy.sharedWith, geneva.kind, geneva.sharedWith]).toEqual([
      "paraphrase",
      ["b"],
      "paraphrase",
      ["a"],
    ]);
    expect(energy.group).not.toBeNull();
    expect(geneva.group).toBe(energy.group);
    expect(after.groups.find((g) => g.id === energy.group)).toMatchObject({
      kind: "paraphrase",
      versions: ["a", "b"],
    });
    expect(after.corrections).toEqual([{ id: "l", status: "applied" }]);
    expectConsistentGroups(after);
  });

  it("splits an engine paraphrase group the reader unlinked", () => {
    const versions = bundledVersions();
    const before = compareVersions(versions, { vectors });
    // The story's opening claim: one group across all five versions.
    const a = spanOf(versions, "a", versions[0]!.text.split(". ")[0]!);
    const b = spanOf(versions, "b", versions[1]!.text.split(". ")[0]!);
    expect(overlap(groupsIn(before, a), groupsIn(before, b)).length).toBeGreaterThan(0);
    const after = compareVersions(versions, { vectors, corrections: [fix("u", "unlink", a, b)] });
    expect(overlap(groupsIn(after, a), groupsIn(after, b))).toEqual([]);
    // Each side still shares its claim with the other versions.
    expect(groupsIn(after, a).size).toBeGreaterThan(0);
    expect(groupsIn(after, b).size).toBeGreaterThan(0);
    expect(after.corrections).toEqual([{ id: "u", status: "applied" }]);
    expectConsistentGroups(after);
  });

  it("keeps apart a word-for-word pair the reader unlinked", () => {
    const unlink = fix("u", "unlink", spanOf(pair, "a", BRUSSELS), spanOf(pair, "b", BRUSSELS));
    expect(passagesOf(compareVersions(pair, { vectors }), "a")[0]!.kind).toBe("verbatim");
    const after = compareVersions(pair, { vectors, corrections: [unlink] });
    expect(after.passages.every((p) => p.kind === "unique" && p.sharedWith.length === 0)).toBe(
      true,
    );
    expect(after.groups).toEqual([]);
  });

  it("lets a third version share a word-for-word sentence with one side of an unlink only", () => {
    const three = lettered(`${BRUSSELS} ${ENERGY}`, `${CANADA} ${BRUSSELS}`, `${BRUSSELS}`);
    const unlink = fix("u", "unlink", spanOf(three, "a", BRUSSELS), spanOf(three, "b", BRUSSELS));
    const after = compareVersions(three, { vectors, corrections: [unlink] });
    expect(overlap(groupsIn(after, unlink.a), groupsIn(after, unlink.b))).toEqual([]);
    const c = passagesOf(after, "c")[0]!;
    expect(c.sharedWith).toHaveLength(1);
    expectConsistentGroups(after);
  });

  it("joins a linked sentence's word-for-word copy in a third version to the link", () => {
    const three = lettered(BRUSSELS, CANADA, `${BRUSSELS} ${ENERGY}`);
    const link = fix("l", "link", spanOf(three, "a", BRUSSELS), spanOf(three, "b", CANADA));
    const after = compareVersions(three, { vectors, corrections: [link] });
    const first = (version: string) => passagesOf(after, version)[0]!;
    const [a, b, c] = [first("a"), first("b"), first("c")];
    expect([a.sharedWith, b.sharedWith, c.sharedWith]).toEqual([
      ["b", "c"],
      ["a", "c"],
      ["a", "b"],
    ]);
    expect(new Set([a.group, b.group, c.group]).size).toBe(1);
    expect(after.groups.find((g) => g.id === a.group)!.kind).toBe("paraphrase");
    expectConsistentGroups(after);
  });

  it("lets the unlink win when a pair is both linked and unlinked, in either order", () => {
    const a = spanOf(pair, "a", ENERGY);
    const b = spanOf(pair, "b", GENEVA);
    const unlinkOnly = compareVersions(pair, { vectors, corrections: [fix("u", "unlink", a, b)] });
    for (const corrections of [
      [fix("l", "link", a, b), fix("u", "unlink", a, b)],
      [fix("u", "unlink", a, b), fix("l", "link", a, b)],
    ]) {
      const both = compareVersions(pair, { vectors, corrections });
      expect(both.passages).toEqual(unlinkOnly.passages);
      expect(both.corrections!.map((o) => o.id)).toEqual(corrections.map((c) => c.id));
      expect(both.corrections!.find((o) => o.id === "l")).toMatchObject({ status: "ignored" });
      expect(both.corrections!.find((o) => o.id === "u")).toMatchObject({ status: "applied" });
    }
  });

  it("ignores, with a reason, corrections it cannot apply, and changes nothing for them", () => {
    const corrections = [
      fix("same", "link", spanOf(pair, "a", ENERGY), spanOf(pair, "a", CANADA)),
      fix("unknown", "link", spanOf(pair, "a", ENERGY), { version: "x", start: 0, end: 5 }),
      fix("nothing", "unlink", spanOf(pair, "a", ENERGY), { version: "b", start: 900, end: 990 }),
    ];
    const after = compareVersions(pair, { vectors, corrections });
    expect(after.corrections!.map((o) => [o.id, o.status])).toEqual([
      ["same", "ignored"],
      ["unknown", "ignored"],
      ["nothing", "ignored"],
    ]);
    for (const outcome of after.corrections!)
      expect(outcome.status === "ignored" && outcome.reason.length).toBeGreaterThan(10);
    const { corrections: _none, ...rest } = after;
    expect(rest).toEqual(compareVersions(pair, { vectors }));
  });

  it("gives the same result whatever the order of the versions", () => {
    const versions = bundledVersions();
    const corrections = [
      fix(
        "u",
        "unlink",
        spanOf(versions, "a", "European and Canadian"),
        spanOf(versions, "d", "European and Canadian"),
      ),
      fix(
        "l",
        "link",
        spanOf(versions, "c", versions[2]!.text.split(". ")[1]!),
        spanOf(versions, "e", versions[4]!.text.split(". ")[2]!),
      ),
    ];
    const sorted = compareVersions(versions, { vectors, corrections });
    const reversed = compareVersions([...versions].reverse(), { vectors, corrections });
    const byVersion = (c: Comparison) => versions.map((v) => passagesOf(c, v.id));
    expect(byVersion(reversed)).toEqual(byVersion(sorted));
    expect(reversed.groups).toEqual(sorted.groups);
    expect(reversed.corrections).toEqual(sorted.corrections);
    expect(compareVersions(versions, { vectors, corrections })).toEqual(sorted);
    expectConsistentGroups(sorted);
  });

  it("leaves the result as it was without corrections", () => {
    const versions = bundledVersions();
    const plain = compareVersions(versions, { vectors });
    expect("corrections" in plain).toBe(false);
    // An unlink of two passages the engine never tied changes nothing but the outcome list.
    const unique = plain.passages.filter(
      (p) =>
        p.kind === "unique" &&
        /\p{L}{4}/u.test(versions.find((v) => v.id === p.version)!.text.slice(p.start, p.end)),
    );
    const [first, second] = [unique[0]!, unique.find((p) => p.version !== unique[0]!.version)!];
    const unlinked = compareVersions(versions, {
      vectors,
      corrections: [fix("u", "unlink", first, second)],
    });
    expect(unlinked.passages).toEqual(plain.passages);
    expect(unlinked.groups).toEqual(plain.groups);
  });
});

describe("compareVersions with corrections: properties", () => {
  const SENTENCES = [BRUSSELS, ENERGY, CANADA, OTTAWA, GENEVA];
  const story = fc.array(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 }), {
    minLength: 2,
    maxLength: 4,
  });
  const picks = fc.array(
    fc.record({
      kind: fc.constantFrom("link", "unlink"),
      x: fc.nat(),
      y: fc.nat(),
      i: fc.nat(),
      j: fc.nat(),
    }),
    { maxLength: 4 },
  );

  it("keeps groups consistent and order-free, every applied link together, every unlink apart", () => {
    fc.assert(
      fc.property(story, picks, (texts, chosen) => {
        const versions = lettered(...texts.map((sentences) => sentences.join(" ")));
        const corrections = chosen.map(({ kind, x, y, i, j }, n) => {
          const [p, q] = [x % texts.length, (x + 1 + (y % (texts.length - 1))) % texts.length];
          const a = spanOf(versions, versions[p]!.id, texts[p]![i % texts[p]!.length]!);
          const b = spanOf(versions, versions[q]!.id, texts[q]![j % texts[q]!.length]!);
          return fix(`c${n}`, kind as Correction["kind"], a, b);
        });
        const comparison = compareVersions(versions, { vectors, corrections });
        expectConsistentGroups(comparison);
        const reversed = compareVersions([...versions].reverse(), { vectors, corrections });
        expect(versions.map((v) => passagesOf(reversed, v.id))).toEqual(
          versions.map((v) => passagesOf(comparison, v.id)),
        );
        expect(comparison.corrections!.map((o) => o.id)).toEqual(corrections.map((c) => c.id));
        comparison.corrections!.forEach((outcome, n) => {
          const { kind, a, b } = corrections[n]!;
          if (kind === "unlink" && outcome.status === "applied")
            expect(overlap(groupsIn(comparison, a), groupsIn(comparison, b))).toEqual([]);
          if (kind === "link" && outcome.status === "applied")
            expect(overlap(groupsIn(comparison, a), groupsIn(comparison, b))).not.toEqual([]);
        });
      }),
      { numRuns: 80 },
    );
  });
});
