/**
 * Pool helpers as Web Workers, started from the comparison worker (a worker
 * may start workers of its own; they stop with it, so cancelling a
 * comparison stops its helpers too).
 */
import { createParaphrasePool, type ParaphrasePool } from "./paraphrase-pool.ts";
import type { PoolPort, PoolReply, PoolTask } from "./pool-protocol.ts";

let pool: ParaphrasePool | null = null;

/**
 * The pool of `size` helpers (started on first use, kept for later
 * comparisons), or null when one worker does it all: a pool of one, or no
 * Worker where this runs.
 */
export function helperPool(size: number): ParaphrasePool | null {
  if (size <= 1 || typeof Worker === "undefined") return null;
  if (pool?.size !== size) {
    pool?.close();
    pool = createParaphrasePool(size, startHelper);
  }
  return pool;
}

/** Stops the helpers (after one failed: the comparison then runs without them). */
export function dropHelperPool(): void {
  pool?.close();
  pool = null;
}

function startHelper(): PoolPort {
  const worker = new Worker(new URL("./pool.worker.ts", import.meta.url), {
    type: "module",
    name: "parallax-pool",
  });
  return {
    post: (task: PoolTask) => worker.postMessage(task),
    listen: (onReply, onError) => {
      worker.onmessage = (event: MessageEvent<PoolReply>) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        onError(new Error(`a pool helper stopped: ${event.message}`));
      };
    },
    terminate: () => worker.terminate(),
  };
}
