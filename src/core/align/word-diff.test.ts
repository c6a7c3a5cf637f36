import { describe, expect, it } from "vitest";
import { diffPassageWords } from "./word-diff.ts";

describe("diffPassageWords", () => {
  it("marks what each passage has that the other lacks", () => {
    const changes = diffPassageWords(
      "any peace framework must be anchored in Ukraine’s sovereignty",
      "any peace framework must respect Ukraine’s sovereignty",
    )!;
    expect(changes.filter((c) => c.kind === "removed").map((c) => c.text.trim())).toEqual([
      "be anchored in",
    ]);
    expect(changes.filter((c) => c.kind === "added").map((c) => c.text.trim())).toEqual([
      "respect",
    ]);
    expect(
      changes
        .filter((c) => c.kind !== "added")
        .map((c) => c.text)
        .join(""),
    ).toBe("any peace framework must be anchored in Ukraine’s sovereignty");
  });

  it("gives up with null when out of time", () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 20_000 }, (_, i) => `x${i}`).join(" ");
    expect(diffPassageWords(a, b, { timeoutMs: 1 })).toBeNull();
  });
});
