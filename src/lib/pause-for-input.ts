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
 * A pause to call between steps of a long job: it gives the browser a turn
 * once `budgetMs` of work has gone by since the last one, and otherwise
 * returns at once, so short jobs are not slowed down.
 */
export function pauseForInput(budgetMs = 12): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await yieldToBrowser();
    sliceStart = performance.now();
  };
}
