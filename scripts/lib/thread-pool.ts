/**
 * The paraphrase pool (src/worker/paraphrase-pool.ts) on Node worker
 * threads, for the CLI and the benchmarks: the same split of the work as the
 * app's Web Workers, the same result.
 */
import { Worker } from "node:worker_threads";
import { createParaphrasePool, type ParaphrasePool } from "../../src/worker/paraphrase-pool.ts";
import type { PoolReply, PoolTask } from "../../src/worker/pool-protocol.ts";

const TSX_API = import.meta.resolve("tsx/esm/api");
const THREAD = new URL("./pool-thread.ts", import.meta.url).href;

/** A pool of `size` worker threads (each loads TypeScript through tsx); close it when done. */
export function threadPool(size: number): ParaphrasePool {
  return createParaphrasePool(size, () => {
    // A thread does not inherit tsx's loader: it registers it before loading its TypeScript.
    const bootstrap = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(THREAD)}); })`;
    const worker = new Worker(bootstrap, { eval: true });
    return {
      post: (task: PoolTask) => worker.postMessage(task),
      listen: (onReply, onError) => {
        worker.removeAllListeners("message").removeAllListeners("error");
        worker.on("message", (reply: PoolReply) => onReply(reply));
        worker.on("error", onError);
      },
      terminate: () => void worker.terminate(),
    };
  });
}
