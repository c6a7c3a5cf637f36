/// <reference lib="webworker" />
// A pool helper of the comparison worker: scores its share of the paraphrase
// layer's work (see pool-helper.ts).
import { createPoolHelper } from "./pool-helper.ts";
import type { PoolTask } from "./pool-protocol.ts";

const handle = createPoolHelper();
self.onmessage = (event: MessageEvent<PoolTask>) => {
  const reply = handle(event.data);
  if (reply) self.postMessage(reply);
};
