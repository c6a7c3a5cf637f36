import { describe, expect, it, vi } from "vitest";
import { bundledRequest } from "./test-support.ts";

// A fresh copy of the engine's modules, as a new worker has.
async function freshWorker() {
  vi.resetModules();
  const [{ runComparison }, { primeEngine }] = await Promise.all([
    import("./run-comparison.ts"),
    import("./prime-engine.ts"),
  ]);
  return { runComparison, primeEngine };
}

describe("primeEngine", () => {
  it("leaves a worker's first comparison as it would have been unprimed", async () => {
    const unprimed = await freshWorker();
    const expected = await unprimed.runComparison(bundledRequest());
    const primed = await freshWorker();
    primed.primeEngine();
    const first = await primed.runComparison(bundledRequest());
    expect(first).toEqual(expected);
    expect(first.ok && first.comparison.passages.length).toBeGreaterThan(0);
  });
});
