import { describe, expect, it } from "vitest";
import { orderBySimilarity } from "./similarity-order.ts";

describe("orderBySimilarity", () => {
  it("puts similar versions next to each other", () => {
    // 0 and 2 alike, 1 and 3 alike, the two pairs apart.
    const m = [
      [1, 0.1, 0.9, 0.1],
      [0.1, 1, 0.1, 0.8],
      [0.9, 0.1, 1, 0.2],
      [0.1, 0.8, 0.2, 1],
    ];
    const order = orderBySimilarity(m);
    expect(order).toHaveLength(4);
    expect(new Set(order).size).toBe(4);
    const at = (v: number) => order.indexOf(v);
    expect(Math.abs(at(0) - at(2))).toBe(1);
    expect(Math.abs(at(1) - at(3))).toBe(1);
  });

  it("handles no versions", () => {
    expect(orderBySimilarity([])).toEqual([]);
  });
});
