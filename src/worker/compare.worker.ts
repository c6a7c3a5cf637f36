/// <reference lib="webworker" />
// The comparison worker: a thin shell around the pure engine, so computing
// never blocks typing or scrolling.
import type { CompareRequest } from "./protocol.ts";
import { runComparison } from "./run-comparison.ts";

self.onmessage = async (event: MessageEvent<CompareRequest>) => {
  self.postMessage(await runComparison(event.data));
};
