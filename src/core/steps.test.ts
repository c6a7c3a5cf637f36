import { describe, expect, it } from "vitest";
import { runSteps, runStepsWithPauses, type Steps } from "./steps.ts";

function* countTo(n: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i += 1) {
    sum += i;
    yield;
  }
  return sum;
}

describe("a job in steps", () => {
  it("gives the same result run through or with pauses, pausing between steps", async () => {
    let pauses = 0;
    const paused = await runStepsWithPauses(countTo(4), async () => {
      pauses += 1;
    });
    expect(paused).toBe(runSteps(countTo(4)));
    expect(pauses).toBe(4);
  });

  it("stops early, with nothing, once cancelled", async () => {
    let pauses = 0;
    const result = await runStepsWithPauses(
      countTo(10),
      async () => {
        pauses += 1;
      },
      () => pauses >= 2,
    );
    expect(result).toBeUndefined();
    expect(pauses).toBe(2);
  });
});
