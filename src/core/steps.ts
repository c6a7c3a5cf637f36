/**
 * Long jobs written as generators that yield between steps (a version
 * built, a passage read), so one body serves both callers: Node and the
 * worker run them through at once, a page pauses between steps to answer
 * its reader.
 */

/** A job that yields between its steps and returns its result. */
export type Steps<T> = Generator<void, T>;

/** Runs a job through, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a job, awaiting `pause` between steps (a page gives the browser a
 * turn there). Stops early, with undefined, once `cancelled` says so.
 */
export async function runStepsWithPauses<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  cancelled: () => boolean = () => false,
): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (cancelled()) return undefined;
  }
}
