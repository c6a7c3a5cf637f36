import { describe, expect, it } from "vitest";
import { orderByTime } from "./order-by-time.ts";

describe("orderByTime", () => {
  it("puts the earliest first, a bare date before a time that day, undated last in their order", () => {
    const versions = [
      { id: "paper", published: "2024-03-13" },
      { id: "blog" },
      { id: "late-wire", published: "2024-03-12T18:30" },
      { id: "notes" },
      { id: "day", published: "2024-03-12" },
      { id: "wire", published: "2024-03-12T09:05" },
    ];
    expect(orderByTime(versions)).toEqual(["day", "wire", "late-wire", "paper", "blog", "notes"]);
  });

  it("keeps the given order for equal times and when nothing is dated", () => {
    expect(
      orderByTime([
        { id: "b", published: "2024-01-01" },
        { id: "a", published: "2024-01-01" },
      ]),
    ).toEqual(["b", "a"]);
    expect(orderByTime([{ id: "c" }, { id: "a" }, { id: "b" }])).toEqual(["c", "a", "b"]);
  });
});
