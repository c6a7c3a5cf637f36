/**
 * A pool of helper workers for the paraphrase layer: the work is sent to
 * each helper once, then ranges of units (baselines) and of version pairs
 * are handed out to whichever helper is free, and the answers merged in
 * range order, so the result is the one a single worker gives, bit for bit.
 * Progress is the share of version pairs scored. How helpers are started
 * (Web Workers, Node worker threads, stand-ins in tests) is the caller's.
 */
import type { ParaphraseRunner } from "../core/align/compare-versions.ts";
import {
  mergeBaselines,
  mergePairScores,
  packParaphraseWork,
  splitRanges,
  type ParaphraseWork,
} from "../core/align/paraphrase-work.ts";
import type { PoolPort, PoolReply, PoolTask } from "./pool-protocol.ts";

export { poolSizeFor } from "./pool-size.ts";

/** Ranges handed out per helper: more than one, so a helper that finishes early takes another. */
const BASELINE_RANGES_PER_HELPER = 4;
const PAIR_RANGES_PER_HELPER = 8;

export type ParaphrasePool = {
  /** How many helpers share the work. */
  size: number;
  /** Runs one comparison's paraphrase work across the helpers (one comparison at a time). */
  run: ParaphraseRunner;
  /** Stops every helper. */
  close: () => void;
};

/** Starts `size` helpers with `spawn` and returns the pool. */
export function createParaphrasePool(size: number, spawn: () => PoolPort): ParaphrasePool {
  const ports = Array.from({ length: size }, spawn);
  let job = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const runJob = async (work: ParaphraseWork, onProgress: (fraction: number) => void) => {
    const id = (job += 1);
    const packed = packParaphraseWork(work);
    for (const port of ports) port.post({ kind: "work", job: id, work: packed });
    const unitRanges = splitRanges(work.version.length, size * BASELINE_RANGES_PER_HELPER);
    const baselines = mergeBaselines(
      await handOut(ports, id, unitRanges, "baselines", (reply) =>
        reply.kind === "baselines" ? reply.baselines : null,
      ),
    );
    for (const port of ports) port.post({ kind: "use-baselines", job: id, baselines });
    const pairCount = work.pairs.length / 2;
    let done = 0;
    const parts = await handOut(
      ports,
      id,
      splitRanges(pairCount, size * PAIR_RANGES_PER_HELPER),
      "pairs",
      (reply, [from, to]) => {
        if (reply.kind !== "pairs") return null;
        done += to - from;
        onProgress(done / pairCount);
        return reply.scores;
      },
    );
    return { baselines, scores: mergePairScores(parts) };
  };
  return {
    size,
    run: (work, onProgress) => {
      const result = queue.then(() => runJob(work, onProgress));
      queue = result.catch(() => {});
      return result;
    },
    close: () => {
      for (const port of ports) port.terminate();
    },
  };
}

// Hands the ranges out, one at a time to each free helper; resolves with the answers in range order.
function handOut<R>(
  ports: readonly PoolPort[],
  job: number,
  ranges: readonly [number, number][],
  kind: "baselines" | "pairs",
  take: (reply: PoolReply, range: [number, number]) => R | null,
): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const results: R[] = [];
    let next = 0;
    let finished = 0;
    if (ranges.length === 0) return resolve(results);
    const give = (port: PoolPort) => {
      if (next >= ranges.length) return;
      const [from, to] = ranges[next]!;
      port.post({ kind, job, task: next, from, to } satisfies PoolTask);
      next += 1;
    };
    for (const port of ports) {
      port.listen((reply) => {
        if (reply.job !== job) return;
        if (reply.kind === "failed") return reject(new Error(reply.message));
        const task = (reply as { task: number }).task;
        const result = take(reply, ranges[task]!);
        if (result === null) return reject(new Error(`a pool helper answered out of turn`));
        results[task] = result;
        finished += 1;
        if (finished === ranges.length) resolve(results);
        else give(port);
      }, reject);
      give(port);
    }
  });
}
