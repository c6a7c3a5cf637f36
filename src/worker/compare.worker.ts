/// <reference lib="webworker" />
// The comparison worker: a thin shell around the pure engine, so computing
// never blocks typing or scrolling.
import { expectWordVectors, loadWordVectors, receiveWordVectors } from "@/lib/word-vectors-file.ts";
import type { Comparison } from "@/core/align/types.ts";
import { packDetails, packPreview, packResponse } from "./pack-messages.ts";
import type { CompareFacts, CompareProgress, WorkerRequest } from "./protocol.ts";
import { keepComparison } from "./keep-comparison.ts";
import { dropHelperPool, helperPool } from "./pool-port.ts";
import { primeEngine } from "./prime-engine.ts";
import { runComparisonInSteps } from "./run-comparison.ts";
import { throttleProgress } from "./throttle-progress.ts";
import { runParaphraseWork } from "@/core/align/link-paraphrases.ts";
import type { ParaphraseRunner } from "@/core/align/compare-versions.ts";

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === "warm-up") {
    if (request.vectorsFromPage) expectWordVectors(request.vectorsUrl);
    // A failure here is reported by the comparison that needs the vectors.
    else loadWordVectors(request.vectorsUrl).catch(() => {});
    helperPool(request.helpers); // started now, ready when the story is
    primeEngine();
    return;
  }
  if (request.kind === "vectors") return receiveWordVectors(request.url, request.bytes);
  const report = throttleProgress((fraction, stage) =>
    self.postMessage({
      kind: "progress",
      id: request.id,
      fraction,
      stage,
    } satisfies CompareProgress),
  );
  // Packed, and their buffers moved: as objects, big ones cost the page a long pause to receive.
  const preview = (comparison: Comparison) => {
    const { message, transfer } = packPreview(request.id, comparison);
    self.postMessage(message, transfer);
  };
  const { response, later } = await runComparisonInSteps(
    request,
    report,
    preview,
    sharedWork(request.helpers),
  );
  const sent = packResponse(response);
  self.postMessage(sent.message, sent.transfer);
  if (!response.ok || !later) return keepComparison(request, response);
  // The rest after the highlights are on their way, each sent when found; the cache keeps all.
  const details = later.details();
  const detailsSent = packDetails({ kind: "details", id: request.id, ...details });
  self.postMessage(detailsSent.message, detailsSent.transfer);
  const facts = later.facts();
  self.postMessage({ kind: "facts", id: request.id, ...facts } satisfies CompareFacts);
  keepComparison(request, { ...response, ...details, ...facts });
};

/**
 * Below this many units the paraphrase layer is done (tens of ms) before
 * helpers would have their share: packing and messages cost more than they
 * save (the bundled story, 140 units, runs slower shared than alone in
 * `npm run bench`).
 */
const MIN_UNITS_TO_SHARE = 500;

// The paraphrase layer shared with helper workers, or here alone if the pool fails.
function sharedWork(helpers: number): ParaphraseRunner | undefined {
  const pool = helperPool(helpers);
  if (!pool) return undefined;
  return async (work, onProgress) => {
    if (work.version.length < MIN_UNITS_TO_SHARE) return runParaphraseWork(work, onProgress);
    return pool.run(work, onProgress).catch(() => {
      dropHelperPool();
      return runParaphraseWork(work, onProgress);
    });
  };
}
