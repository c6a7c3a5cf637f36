import { afterEach, describe, expect, it, vi } from "vitest";
import { pauseForInput } from "./pause-for-input.ts";

describe("pauseForInput", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

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

  it("waits for a paint when the page has not painted for a while, and not forever", async () => {
    vi.useFakeTimers();
    let now = 1_000;
    vi.spyOn(performance, "now").mockImplementation(() => now);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal("document", { visibilityState: "visible" });
    const pause = pauseForInput(10);
    now = 1_100; // no frame painted since the job began, 100 ms ago
    let done = false;
    const waiting = pause().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(50);
    expect(done).toBe(false); // a zero timeout is not enough: it waits for the frame
    for (const frame of frames.splice(0)) frame(now);
    await vi.advanceTimersByTimeAsync(0);
    await waiting;
    expect(done).toBe(true);

    // A frame that never comes (the tab hidden meanwhile) does not hold the job.
    now = 1_300;
    let late = false;
    const stalled = pause().then(() => (late = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(late).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await stalled;
    expect(late).toBe(true);
  });
});
