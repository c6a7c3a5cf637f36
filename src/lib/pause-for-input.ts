/**
 * Long work on the page, cut into slices: between slices the browser
 * handles input and paints, so a reader's click is never kept waiting for a
 * whole batch (reading two hundred picked files, building their story).
 */

type SchedulerWithYield = { yield: () => Promise<void> };

// scheduler.yield() resumes ahead of other queued tasks (Chromium); a zero
// timeout is the fallback elsewhere.
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Longest the page goes without painting while slices run. Slices resumed by
 * scheduler.yield() run ahead of the browser's own rendering: back to back,
 * three or four of them made one 55–60 ms frame (long-animation-frame
 * entries in `npm run bench:import`). Past this, the next slice waits for a
 * paint.
 */
const PAINT_AT_LEAST_EVERY_MS = 30;
/** A frame that does not come (a hidden tab paints nothing) is not waited for longer. */
const FRAME_WAIT_LIMIT_MS = 100;

let lastPaint = 0;
let watching = false;

// Notes when the browser next renders a frame (once per frame, however many jobs run).
function watchPaints(): void {
  if (watching || typeof requestAnimationFrame !== "function") return;
  watching = true;
  requestAnimationFrame(() => {
    watching = false;
    lastPaint = performance.now();
  });
}

// The turn after the next frame is painted, or after FRAME_WAIT_LIMIT_MS.
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, FRAME_WAIT_LIMIT_MS);
    requestAnimationFrame(() => {
      lastPaint = performance.now();
      setTimeout(() => {
        clearTimeout(limit);
        resolve();
      }, 0);
    });
  });
}

function paintIsDue(): boolean {
  return (
    typeof requestAnimationFrame === "function" &&
    typeof document !== "undefined" &&
    document.visibilityState === "visible" &&
    performance.now() - lastPaint > PAINT_AT_LEAST_EVERY_MS
  );
}

/**
 * A pause to call between steps of a long job: it gives the browser a turn
 * once `budgetMs` of work has gone by since the last one, and otherwise
 * returns at once, so short jobs are not slowed down. The turn lets the
 * browser paint when it has not for PAINT_AT_LEAST_EVERY_MS.
 */
export function pauseForInput(budgetMs = 12): () => Promise<void> {
  let sliceStart = performance.now();
  // A job's start is not taken for a paint: it may begin late in a busy task
  // (counted as one, its first slices ran on into 55 ms frames).
  watchPaints();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await (paintIsDue() ? afterNextPaint() : yieldToBrowser());
    watchPaints();
    sliceStart = performance.now();
  };
}
