import { describe, expect, it } from "vitest";
import {
  breaksUnlink,
  mapCorrections,
  READER_LINK_Z,
  resolveCorrections,
  unitsOfSpan,
} from "./group-constraints.ts";
import { groupUnits, MAX_UNITS_PER_VERSION } from "./group-units.ts";
import type { Unit } from "./prepare-units.ts";
import type { Correction } from "./types.ts";

// Units of ten characters each, `perVersion` per version, back to back.
function unitsOf(versions: number, perVersion: number): Unit[] {
  return Array.from({ length: versions * perVersion }, (_, index) => ({
    index,
    version: Math.floor(index / perVersion),
    sentence: index % perVersion,
    start: (index % perVersion) * 10,
    end: (index % perVersion) * 10 + 10,
    heading: false,
    tokens: [],
  }));
}

const IDS = ["a", "b", "c"];

const resolve = (
  units: readonly Unit[],
  corrections: readonly Correction[],
  copies?: ReadonlyMap<number, readonly number[]>,
) => resolveCorrections(corrections, mapCorrections(units, IDS, corrections), units.length, copies);
const span = (version: string, start: number, end: number) => ({ version, start, end });
const correction = (
  id: string,
  kind: Correction["kind"],
  a: Correction["a"],
  b: Correction["b"],
): Correction => ({ id, kind, a, b });

describe("unitsOfSpan", () => {
  const units = unitsOf(2, 3);

  it("takes every unit the span covers at least half of", () => {
    expect(unitsOfSpan(units, 1, span("b", 0, 10))).toEqual([3]);
    expect(unitsOfSpan(units, 1, span("b", 5, 30))).toEqual([3, 4, 5]);
    expect(unitsOfSpan(units, 1, span("b", 6, 30))).toEqual([4, 5]);
  });

  it("falls back to the one unit it overlaps most, and to none without overlap", () => {
    expect(unitsOfSpan(units, 0, span("a", 12, 15))).toEqual([1]);
    expect(unitsOfSpan(units, 0, span("a", 8, 13))).toEqual([1]);
    expect(unitsOfSpan(units, 0, span("a", 30, 40))).toEqual([]);
  });
});

describe("resolveCorrections", () => {
  const units = unitsOf(3, 3);

  it("ignores corrections it cannot apply, with a reason, in the order given", () => {
    const { outcomes, constraints } = resolve(units, [
      correction("same", "link", span("a", 0, 10), span("a", 10, 20)),
      correction("unknown", "unlink", span("a", 0, 10), span("z", 0, 10)),
      correction("empty", "link", span("a", 0, 10), span("b", 40, 50)),
      correction("ok", "link", span("a", 0, 10), span("b", 0, 10)),
    ]);
    expect(outcomes.map((o) => [o.id, o.status])).toEqual([
      ["same", "ignored"],
      ["unknown", "ignored"],
      ["empty", "ignored"],
      ["ok", "applied"],
    ]);
    expect(outcomes[1]).toMatchObject({ reason: expect.stringContaining("“z”") as unknown });
    expect(constraints.joins.map((join) => join.units)).toEqual([[0, 3]]);
    expect(constraints.apart).toEqual([]);
  });

  it("lets an unlink win over a link on the same pair, whichever comes first", () => {
    for (const kinds of [
      ["link", "unlink"],
      ["unlink", "link"],
    ] as const) {
      const { outcomes, constraints } = resolve(
        units,
        kinds.map((kind) => correction(kind, kind, span("a", 0, 10), span("b", 0, 10))),
      );
      expect(outcomes.find((o) => o.id === "link")).toMatchObject({
        status: "ignored",
        reason: expect.stringMatching(/unlink/) as unknown,
      });
      expect(outcomes.find((o) => o.id === "unlink")!.status).toBe("applied");
      expect(constraints.joins).toEqual([]);
    }
  });

  it("refuses a link that, with the links before it, would bridge an unlink", () => {
    const { outcomes } = resolve(units, [
      correction("apart", "unlink", span("a", 0, 10), span("b", 0, 10)),
      correction("ac", "link", span("a", 0, 10), span("c", 0, 10)),
      correction("cb", "link", span("c", 0, 10), span("b", 0, 10)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["applied", "applied", "ignored"]);
  });

  it("joins a linked unit's word-for-word copies, and refuses a link whose copies are unlinked", () => {
    const link = correction("ab", "link", span("a", 0, 10), span("b", 0, 10));
    const copies = new Map([[0, [6]]]);
    expect(resolve(units, [link], copies).constraints.joins[0]!.units).toEqual([0, 3, 6]);
    const apart = correction("bc", "unlink", span("b", 0, 10), span("c", 0, 10));
    const { outcomes } = resolve(units, [apart, link], copies);
    expect(outcomes[1]).toMatchObject({
      status: "ignored",
      reason: expect.stringContaining("copy") as unknown,
    });
  });
});

describe("groupUnits with constraints", () => {
  it("joins the reader's links first, even past the cap and without any engine link", () => {
    const units = unitsOf(2, MAX_UNITS_PER_VERSION + 1);
    const { constraints } = resolve(units, [
      correction("all", "link", span("a", 0, 40), span("b", 0, 10)),
    ]);
    const groups = groupUnits(units, [], () => 0, 1, constraints);
    expect(groups.map((g) => g.units)).toEqual([[0, 1, 2, 3, 4]]);
    expect(groups[0]!.links.map((link) => link.z)).toEqual([READER_LINK_Z]);
  });

  it("lets the engine add other versions to a group past the cap, but no more of that version", () => {
    // Versions a, b, c of five units each: a is 0–4, b 5–9, c 10–14.
    const units = unitsOf(3, 5);
    const { constraints } = resolve(units, [
      correction("four", "link", span("a", 0, 40), span("b", 0, 10)),
    ]);
    const links = [
      { a: 4, b: 10, z: 5, similarity: 0.8 },
      { a: 0, b: 10, z: 4, similarity: 0.7 },
      { a: 0, b: 11, z: 3, similarity: 0.6 },
    ];
    expect(groupUnits(units, links, undefined, 0, constraints).map((g) => g.units)).toEqual([
      [0, 1, 2, 3, 5, 11],
      [4, 10],
    ]);
  });

  it("refuses every engine join that would put two unlinked units in one group", () => {
    const units = unitsOf(3, 1);
    const { constraints } = resolve(units, [
      correction("apart", "unlink", span("a", 0, 10), span("b", 0, 10)),
    ]);
    const links = [
      { a: 0, b: 2, z: 5, similarity: 0.8 },
      { a: 1, b: 2, z: 4, similarity: 0.7 },
      { a: 0, b: 1, z: 6, similarity: 0.9 },
    ];
    expect(groupUnits(units, links).map((g) => g.units)).toEqual([[0, 1, 2]]);
    expect(groupUnits(units, links, undefined, 0, constraints).map((g) => g.units)).toEqual([
      [0, 2],
    ]);
    expect(breaksUnlink(constraints, [0, 2])).toBe(false);
    expect(breaksUnlink(constraints, [1, 2, 0])).toBe(true);
  });
});
