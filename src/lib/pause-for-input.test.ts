import { afterEach, describe, expect, it, vi } from "vitest";
import { pauseForInput } from "./pause-for-input.ts";

describe("pauseForInput", () => {
  afterEach(() => vi.useRealTimers());

  it("yields to the browser only once the budget is spent", async () => {
    vi.useFakeTimers();
    let now = 0;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const pause = pauseForInput(10);
    let done = false;
    now = 5;
    await pause(); // within the budget: no turn given
    now = 12;
    const waiting = pause().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false); // over it: waits for a turn
    await vi.runAllTimersAsync();
    await waiting;
    expect(done).toBe(true);
  });
});
