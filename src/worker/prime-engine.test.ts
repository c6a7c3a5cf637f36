import { describe, expect, it } from "vitest";
import { primeEngine } from "./prime-engine.ts";
import { runComparison } from "./run-comparison.ts";
import { bundledRequest } from "./test-support.ts";

describe("primeEngine", () => {
  it("leaves the next comparison's result as it would have been", async () => {
    const before = await runComparison(bundledRequest());
    primeEngine();
    const after = await runComparison(bundledRequest());
    expect(after).toEqual(before);
    expect(after.ok && after.comparison.passages.length).toBeGreaterThan(0);
  });
});
