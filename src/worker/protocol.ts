/** Messages between the page and the comparison worker. */
import type { Comparison, VersionInput } from "@/core/align/types.ts";

export type CompareRequest = {
  kind: "compare";
  id: number;
  versions: VersionInput[];
  /** Absolute URL of the word-vector table, or null to compare without it. */
  vectorsUrl: string | null;
};

export type CompareResponse =
  | { id: number; ok: true; comparison: Comparison; vectors: boolean }
  | { id: number; ok: false; message: string };

/** Asks the worker to start loading the word vectors before any comparison is requested. */
export type WarmUpRequest = { kind: "warm-up"; vectorsUrl: string };

export type WorkerRequest = CompareRequest | WarmUpRequest;
