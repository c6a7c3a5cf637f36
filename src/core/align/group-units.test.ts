import { describe, expect, it } from "vitest";
import { groupUnits, MAX_UNITS_PER_VERSION } from "./group-units.ts";
import type { Unit } from "./prepare-units.ts";

const unit = (index: number, version: number): Unit => ({
  index,
  version,
  sentence: index,
  start: 0,
  end: 1,
  heading: false,
  tokens: [],
});

describe("groupUnits", () => {
  it("joins linked units, strongest links first", () => {
    const units = [unit(0, 0), unit(1, 1), unit(2, 2), unit(3, 2)];
    const groups = groupUnits(units, [
      { a: 0, b: 1, z: 3, similarity: 0.7 },
      { a: 1, b: 2, z: 2, similarity: 0.6 },
    ]);
    expect(groups.map((g) => g.units)).toEqual([[0, 1, 2]]);
  });

  it("refuses a join that would put too many units of one version in a group", () => {
    const units = [
      unit(0, 0),
      ...Array.from({ length: MAX_UNITS_PER_VERSION + 1 }, (_, i) => unit(i + 1, 1)),
    ];
    const links = units.slice(1).map((u, i) => ({ a: 0, b: u.index, z: 5 - i, similarity: 0.5 }));
    const [group] = groupUnits(units, links);
    expect(group!.units.filter((u) => units[u]!.version === 1)).toHaveLength(MAX_UNITS_PER_VERSION);
  });
});
