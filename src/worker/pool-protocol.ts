/**
 * Messages between the comparison worker and its helpers (a pool that
 * shares the paraphrase layer's work): the work once per comparison, then
 * ranges of units (baselines) and of version pairs to score.
 */
import type { Baselines, PackedParaphraseWork, PairScores } from "../core/align/paraphrase-work.ts";

/** Sent to a helper. `job` numbers comparisons, so a late answer to an old one is ignored. */
export type PoolTask =
  | { kind: "work"; job: number; work: PackedParaphraseWork }
  | { kind: "baselines"; job: number; task: number; from: number; to: number }
  | { kind: "use-baselines"; job: number; baselines: Baselines }
  | { kind: "pairs"; job: number; task: number; from: number; to: number };

/** A helper's answer to a "baselines" or "pairs" task (or why it failed). */
export type PoolReply =
  | { kind: "baselines"; job: number; task: number; baselines: Baselines }
  | { kind: "pairs"; job: number; task: number; scores: PairScores }
  | { kind: "failed"; job: number; message: string };

/** Where a helper is reached: a Web Worker, a Node worker thread, or a stand-in in tests. */
export type PoolPort = {
  post(task: PoolTask): void;
  /** Sets the one listener for the helper's replies and for its failure. */
  listen(onReply: (reply: PoolReply) => void, onError: (error: Error) => void): void;
  terminate(): void;
};
