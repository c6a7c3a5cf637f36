/**
 * compareInBackground: runs the engine in a Web Worker, or on the main
 * thread when workers are unavailable (old browsers, some test runners).
 * One worker serves the page; requests are answered in order.
 */
import type { Comparison, VersionInput } from "@/core/align/types.ts";
import type { Theme } from "@/core/story-format.ts";
import type { CompareRequest, CompareResponse, WarmUpRequest } from "./protocol.ts";

export type CompareResult = {
  comparison: Comparison;
  /** The story's themes, or themes suggested from its text when it has none. */
  themes: Theme[];
  suggestedThemes: boolean;
  /** Theme ids of each passage, in `comparison.passages` order. */
  passageThemes: string[][];
  usedVectors: boolean;
};

type Pending = { resolve: (result: CompareResult) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/**
 * Compares versions off the main thread and tags passages with `themes`.
 * `vectorsUrl` (absolute) points at the word-vector table; without it,
 * rewordings are found only through shared words.
 */
export function compareInBackground(
  versions: VersionInput[],
  vectorsUrl: string | null,
  themes: Theme[] = [],
): Promise<CompareResult> {
  const request: CompareRequest = { kind: "compare", id: nextId++, versions, vectorsUrl, themes };
  const target = getWorker();
  if (!target) return compareOnMainThread(request);
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    target.postMessage(request);
  });
}

/**
 * Starts the worker and its download of the word vectors now, so that by
 * the time a story has loaded the engine is ready (it runs while the
 * story's JSON is still on its way).
 */
export function warmUpComparer(vectorsUrl: string): void {
  getWorker()?.postMessage({ kind: "warm-up", vectorsUrl } satisfies WarmUpRequest);
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
  worker?.addEventListener("message", (event: MessageEvent<CompareResponse>) => settle(event.data));
  worker?.addEventListener("error", (event) => {
    // A worker that fails to start: answer what is waiting with an error.
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

function toResult(response: CompareResponse & { ok: true }): CompareResult {
  return {
    comparison: response.comparison,
    themes: response.themes,
    suggestedThemes: response.suggestedThemes,
    passageThemes: response.passageThemes,
    usedVectors: response.vectors,
  };
}

function settle(response: CompareResponse): void {
  const waiting = pending.get(response.id);
  if (!waiting) return;
  pending.delete(response.id);
  if (response.ok) waiting.resolve(toResult(response));
  else waiting.reject(new Error(response.message));
}

async function compareOnMainThread(request: CompareRequest): Promise<CompareResult> {
  const { runComparison } = await import("./run-comparison.ts");
  const response = await runComparison(request);
  if (!response.ok) throw new Error(response.message);
  return toResult(response);
}
