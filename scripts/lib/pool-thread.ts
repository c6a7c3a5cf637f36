/** One worker thread of scripts/lib/thread-pool.ts: a pool helper (src/worker/pool-helper.ts). */
import { parentPort } from "node:worker_threads";
import { createPoolHelper } from "../../src/worker/pool-helper.ts";
import type { PoolTask } from "../../src/worker/pool-protocol.ts";

const handle = createPoolHelper();
parentPort!.on("message", (task: PoolTask) => {
  const reply = handle(task);
  if (reply) parentPort!.postMessage(reply);
});
