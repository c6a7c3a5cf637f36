import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pauseForInput } from "./pause-for-input.ts";

describe("pauseForInput", () => {
  let now = 0;
  let frames: FrameRequestCallback[] = [];
  let visibilityState = "visible";

  beforeEach(() => {
    vi.useFakeTimers();
    now += 10_000; // each test far from the one before
    frames = [];
    visibilityState = "visible";
    vi.spyOn(performance, "now").mockImplementation(() => now);
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal("document", {
      get visibilityState() {
        return visibilityState;
      },
    });
  });

  afterEach(() => {
    // Paints the frames still asked for, so the next test starts with none pending.
    for (const frame of frames.splice(0)) frame(now);
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  // Whether the pause has ended after `ms` of timers (and no frame painted).
  async function endsWithin(pause: Promise<void>, ms: number): Promise<boolean> {
    let done = false;
    void pause.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ms);
    return done;
  }

  it("yields only once the budget is spent, and then for a turn, not a frame, after a recent paint", async () => {
    const pause = pauseForInput(10);
    now += 5;
    expect(await endsWithin(pause(), 0)).toBe(true); // within the budget: no turn given
    for (const frame of frames.splice(0)) frame(now); // the browser paints
    now += 7; // 12 ms into the job, 7 ms after that paint: no frame is due yet
    expect(await endsWithin(pause(), 0)).toBe(true);
  });

  it("takes a job's start for no paint: a busy task may have gone on long before it", async () => {
    const pause = pauseForInput(10);
    now += 12;
    expect(await endsWithin(pause(), 50)).toBe(false);
  });

  it("waits for a paint when the page has not painted for 30 ms, and no longer than 100 ms", async () => {
    const pause = pauseForInput(10);
    now += 40; // 40 ms of work since the job began, no frame painted
    const waiting = pause();
    expect(await endsWithin(waiting, 50)).toBe(false); // a zero timeout is not enough
    for (const frame of frames.splice(0)) frame(now);
    expect(await endsWithin(waiting, 0)).toBe(true);

    now += 15; // the frame waited for counts as a paint: the next pause only yields
    expect(await endsWithin(pause(), 0)).toBe(true);

    now += 40;
    const stalled = pause(); // a frame that never comes does not hold the job
    expect(await endsWithin(stalled, 99)).toBe(false);
    expect(await endsWithin(stalled, 1)).toBe(true);
  });

  it("never waits for a frame in a hidden tab, which paints none", async () => {
    visibilityState = "hidden";
    const pause = pauseForInput(10);
    now += 200;
    expect(await endsWithin(pause(), 0)).toBe(true);
  });
});
