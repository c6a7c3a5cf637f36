/**
 * compareInBackground: runs the engine in a Web Worker, or on the main
 * thread when workers are unavailable (old browsers, some test runners).
 * One worker serves the page; a cancelled comparison stops the worker at
 * once (a fresh one starts for the next request).
 */
import type { Comparison, VersionInput } from "@/core/align/types.ts";
import type { Theme } from "@/core/story-format.ts";
import type { FactCheck } from "@/core/facts/check-facts.ts";
import {
  DEFAULT_ENGINE_SETTINGS,
  toResult,
  receivedComparison,
  withTexts,
  receivedDetails,
  type CompareDetails,
  type CompareFacts,
  type PackedCompareDetails,
  type PackedComparePreview,
  type PackedCompareResponse,
  type CompareProgress,
  type CompareRequest,
  type CompareResponse,
  type CompareResult,
  type EngineSettings,
  type VectorsDelivery,
  type WarmUpRequest,
} from "./protocol.ts";

import { MARKS, markOnce } from "@/lib/performance-marks.ts";
import { poolSizeFor } from "./pool-size.ts";

export type { CompareResult, EngineSettings } from "./protocol.ts";

export type CompareOptions = {
  themes?: Theme[];
  /** Strictness, suggestions and the reader's corrections (default: none of them). */
  settings?: EngineSettings;
  /** Share of the work done (0–1) and the engine's stage, as it runs. */
  onProgress?: (fraction: number, stage: string) => void;
  /** Aborting stops the comparison and rejects with an AbortError. */
  signal?: AbortSignal;
  /** Keep the result in the comparison cache under this key. */
  cacheKey?: string;
  /**
   * Called once, before the result, with the word-for-word layer alone (no
   * paraphrases, no theme tags yet): for big stories, something to show early.
   */
  onPreview?: (preview: CompareResult) => void;
  /**
   * Called after the result, twice: with its suggestions, themes and tags,
   * then with where versions disagree on facts. The worker finds them once
   * the result is on its way, so highlights need not wait. (Without a
   * worker they come with the result.)
   */
  onLater?: (update: LaterUpdate) => void;
};

/** What completes a result after it arrives: its details (suggestions, themes, tags), then its facts. */
export type LaterUpdate = Omit<CompareDetails, "kind" | "id"> | FactCheck;

type Pending = {
  resolve: (result: CompareResult) => void;
  reject: (error: Error) => void;
  onProgress: ((fraction: number, stage: string) => void) | undefined;
  onPreview: ((comparison: Comparison) => void) | undefined;
  /** The versions sent: the worker leaves their texts out of what it answers. */
  versions: VersionInput[];
};

let worker: Worker | null | undefined;
// Listeners for what completes a result outlive its request, whose result comes first.
const laterListeners = new Map<number, (update: LaterUpdate) => void>();
let lastUrl: string | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * Compares versions off the main thread and tags passages with themes.
 * `vectorsUrl` (absolute) points at the word-vector table; without it,
 * rewordings are found only through shared words.
 */
export function compareInBackground(
  versions: VersionInput[],
  vectorsUrl: string | null,
  {
    themes = [],
    settings = DEFAULT_ENGINE_SETTINGS,
    onProgress,
    signal,
    cacheKey,
    onPreview,
    onLater,
  }: CompareOptions = {},
): Promise<CompareResult> {
  const request: CompareRequest = {
    kind: "compare",
    id: nextId++,
    versions,
    settings,
    vectorsUrl,
    themes,
    cacheKey: cacheKey ?? null,
    preview: onPreview !== undefined,
    helpers: helperCount(),
  };
  const previewed =
    onPreview && ((comparison: Comparison) => onPreview(previewResult(comparison, themes)));
  if (signal?.aborted) return Promise.reject(abortError());
  const target = getWorker();
  if (!target) return compareOnMainThread(request, onProgress, previewed);
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject, onProgress, onPreview: previewed, versions });
    if (onLater) laterListeners.set(request.id, onLater);
    signal?.addEventListener("abort", () => cancel(request.id), { once: true });
    target.postMessage(request);
    markOnce(MARKS.comparisonSent);
  });
}

/**
 * Whether comparisons run in a worker here (false: on the page itself,
 * which then cannot draw anything while one runs).
 */
export function comparesInBackground(): boolean {
  return getWorker() !== null;
}

/**
 * Starts the worker and its download of the word vectors now, so that by
 * the time a story has loaded the engine is ready.
 */
export function warmUpComparer(vectorsUrl: string): void {
  lastUrl = vectorsUrl;
  const target = getWorker();
  if (!target) return;
  // The first time, the page downloads the vectors: it can start at once, while the worker's
  // own code is still loading. A worker started again (after a cancel) fetches them itself.
  const fromPage = !vectorsRequested;
  vectorsRequested = true;
  target.postMessage({
    kind: "warm-up",
    vectorsUrl,
    helpers: helperCount(),
    vectorsFromPage: fromPage,
  } satisfies WarmUpRequest);
  if (fromPage) void sendVectors(target, vectorsUrl);
}

let vectorsRequested = false;

// The bytes are moved to the worker, not copied; a failed download leaves the worker to try.
async function sendVectors(target: Worker, url: string): Promise<void> {
  const bytes = await fetch(url)
    .then((response) => (response.ok ? response.arrayBuffer() : null))
    .catch(() => null);
  target.postMessage(
    { kind: "vectors", url, bytes } satisfies VectorsDelivery,
    bytes ? [bytes] : [],
  );
}

// Helper workers for the paraphrase layer: the reader's cores, one left for the page.
function helperCount(): number {
  return poolSizeFor(typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency);
}

// Stops the worker mid-computation; other waiting requests fail too and are retried by their callers.
function cancel(id: number): void {
  if (!pending.has(id)) return;
  worker?.terminate();
  worker = undefined;
  laterListeners.clear();
  for (const [key, { reject }] of pending) {
    pending.delete(key);
    reject(key === id ? abortError() : new Error("the comparison was interrupted; try again"));
  }
  if (lastUrl) warmUpComparer(lastUrl);
}

function abortError(): Error {
  return new DOMException("The comparison was cancelled.", "AbortError");
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === "undefined"
        ? null
        : new Worker(new URL("./compare.worker.ts", import.meta.url), {
            type: "module",
            name: "parallax-compare",
          });
  } catch {
    worker = null;
  }
  worker?.addEventListener("message", (event: MessageEvent<WorkerMessage>) => settle(event.data));
  worker?.addEventListener("error", (event) => {
    // A worker that fails to start: what waits is answered with an error; later requests run here.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const [id, { reject }] of pending) {
      pending.delete(id);
      reject(new Error("the comparison worker stopped; reload the page to try again"));
    }
  });
  return worker;
}

// A preview as the page uses results: the story's themes, no passage tagged yet.
function previewResult(comparison: Comparison, themes: Theme[]): CompareResult {
  return {
    comparison,
    themes,
    suggestedThemes: false,
    passageThemes: comparison.passages.map(() => []),
    discrepancies: [],
    quotes: null,
    usedVectors: false,
    suggestions: null,
  };
}

/** What the worker sends: its results packed (protocol.ts), progress and facts as they are. */
type WorkerMessage =
  | CompareResponse
  | PackedCompareResponse
  | CompareProgress
  | PackedComparePreview
  | PackedCompareDetails
  | CompareFacts;

function settle(message: WorkerMessage): void {
  if ("kind" in message && message.kind === "details") {
    laterListeners.get(message.id)?.(receivedDetails(message));
    return;
  }
  if ("kind" in message && message.kind === "facts") {
    const { kind: _kind, id, ...facts } = message;
    laterListeners.get(id)?.(facts);
    // The facts come last.
    laterListeners.delete(id);
    return;
  }
  const waiting = pending.get(message.id);
  if (!waiting) return;
  if ("kind" in message) {
    if (message.kind === "preview")
      waiting.onPreview?.(withTexts(receivedComparison(message.comparison), waiting.versions));
    else waiting.onProgress?.(message.fraction, message.stage);
    return;
  }
  pending.delete(message.id);
  markOnce(MARKS.resultReceived);
  if (message.ok) {
    const result = toResult(message);
    waiting.resolve({ ...result, comparison: withTexts(result.comparison, waiting.versions) });
  } else {
    laterListeners.delete(message.id);
    waiting.reject(new Error(message.message));
  }
}

async function compareOnMainThread(
  request: CompareRequest,
  onProgress: ((fraction: number, stage: string) => void) | undefined,
  onPreview: ((comparison: Comparison) => void) | undefined,
): Promise<CompareResult> {
  const [{ runComparison }, { keepComparison }] = await Promise.all([
    import("./run-comparison.ts"),
    import("./keep-comparison.ts"),
  ]);
  const response = await runComparison(request, onProgress, onPreview);
  keepComparison(request, response);
  if (!response.ok) throw new Error(response.message);
  return toResult(response);
}
