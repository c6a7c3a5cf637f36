/// <reference lib="webworker" />
// The comparison worker: a thin shell around the pure engine, so computing
// never blocks typing or scrolling.
import { loadWordVectors } from "@/lib/word-vectors-file.ts";
import { checkFacts } from "@/core/facts/check-facts.ts";
import type { CompareFacts, ComparePreview, CompareProgress, WorkerRequest } from "./protocol.ts";
import { keepComparison } from "./comparison-cache.ts";
import { runComparison } from "./run-comparison.ts";

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "warm-up") {
    // A failure here is reported by the comparison that needs the vectors.
    loadWordVectors(request.vectorsUrl).catch(() => {});
    return;
  }
  const report = (fraction: number, stage: string) =>
    self.postMessage({
      kind: "progress",
      id: request.id,
      fraction,
      stage,
    } satisfies CompareProgress);
  const preview = (comparison: ComparePreview["comparison"]) =>
    self.postMessage({ kind: "preview", id: request.id, comparison } satisfies ComparePreview);
  const response = await runComparison(request, report, preview, { factsLater: true });
  self.postMessage(response);
  if (!response.ok) return keepComparison(request, response);
  // The fact check after the highlights are on their way; the cache keeps both.
  const facts = checkFacts(response.comparison);
  self.postMessage({ kind: "facts", id: request.id, ...facts } satisfies CompareFacts);
  keepComparison(request, { ...response, ...facts });
};
