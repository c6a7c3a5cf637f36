/**
 * What a pool helper does with each task, apart from how messages reach it
 * (Web Worker, Node worker thread, tests): keeps the comparison's work as
 * sent, once, and answers each range with the engine's own functions.
 */
// Relative imports: Node worker threads (scripts/lib/thread-pool.ts) load this through tsx, without the @ alias.
import {
  computeBaselines,
  scoreVersionPairs,
  unpackParaphraseWork,
  type Baselines,
  type ParaphraseWork,
} from "../core/align/paraphrase-work.ts";
import type { PoolReply, PoolTask } from "./pool-protocol.ts";

type HelperState = { job: number; work: ParaphraseWork | null; baselines: Baselines | null };

/** A helper's state and task handler: answers a task with a reply, or null when none is due. */
export function createPoolHelper(): (task: PoolTask) => PoolReply | null {
  const state: HelperState = { job: -1, work: null, baselines: null };
  return (task) => {
    try {
      if (task.kind === "work") {
        Object.assign(state, { job: task.job, work: unpackParaphraseWork(task.work) });
        state.baselines = null;
        return null;
      }
      if (task.job !== state.job || !state.work)
        throw new Error("a pool helper was asked about a comparison it was not sent");
      if (task.kind === "use-baselines") {
        state.baselines = task.baselines;
        return null;
      }
      if (task.kind === "baselines") {
        const baselines = computeBaselines(state.work, task.from, task.to);
        return { kind: "baselines", job: task.job, task: task.task, baselines };
      }
      if (!state.baselines) throw new Error("a pool helper was asked to score pairs too early");
      const scores = scoreVersionPairs(state.work, state.baselines, task.from, task.to);
      return { kind: "pairs", job: task.job, task: task.task, scores };
    } catch (error) {
      return {
        kind: "failed",
        job: task.job,
        message: error instanceof Error ? error.message : String(error),
      };
    }
  };
}
