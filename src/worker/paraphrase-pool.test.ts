import { describe, expect, it } from "vitest";
import { compareVersions, compareVersionsWith } from "@/core/align/compare-versions.ts";
import { testVectors } from "@/core/align/test-support.ts";
import { generateStory, seededRandom } from "../../scripts/lib/generate-story.ts";
import { createParaphrasePool, poolSizeFor } from "./paraphrase-pool.ts";
import { createPoolHelper } from "./pool-helper.ts";
import type { PoolPort, PoolReply, PoolTask } from "./pool-protocol.ts";

const vectors = testVectors();

/**
 * A helper as a worker is one: every message copied (structured clone), each
 * helper's in the order sent, answered after a random delay, so helpers
 * answer out of order with one another.
 */
function standInHelper(random: () => number, fail = false): PoolPort {
  const handle = createPoolHelper();
  let onReply: (reply: PoolReply) => void = () => {};
  let inbox = Promise.resolve();
  return {
    post(task: PoolTask) {
      const copy = structuredClone(task);
      const delay = Math.floor(random() * 4);
      inbox = inbox
        .then(() => new Promise((resolve) => setTimeout(resolve, delay)))
        .then(() => {
          const reply = fail
            ? ({ kind: "failed", job: copy.job, message: "helper down" } as const)
            : handle(copy);
          if (reply) onReply(structuredClone(reply));
        });
    },
    listen(listener) {
      onReply = listener;
    },
    terminate() {},
  };
}

// Whole comparisons, twice each: generous on a machine shared with other work.
describe("the paraphrase pool", { timeout: 120_000 }, () => {
  it("gives the single worker's result, bit for bit, on a generated story of many versions", async () => {
    const versions = generateStory(60, 250, 3);
    const random = seededRandom(11);
    const pool = createParaphrasePool(3, () => standInHelper(random));
    const progress: number[] = [];
    const options = { vectors, suggest: 3 };
    const pooled = await compareVersionsWith(
      versions,
      { ...options, onProgress: (fraction) => progress.push(fraction) },
      pool.run,
    );
    const single = compareVersions(versions, options);
    // JSON writes every number exactly (shortest round trip), so equal text is equal bits.
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(single));
    expect(pooled.passages.some((p) => p.kind === "paraphrase")).toBe(true);
    // Progress goes forward only, through the paraphrase layer, to the end.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.filter((f) => f > 0.15 && f < 0.9).length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    pool.close();
  });

  it("does the same without word vectors, and for one comparison after another", async () => {
    const random = seededRandom(5);
    const pool = createParaphrasePool(2, () => standInHelper(random));
    for (const seed of [1, 2]) {
      const versions = generateStory(12, 200, seed);
      const [pooled, again] = await Promise.all([
        compareVersionsWith(versions, {}, pool.run),
        compareVersionsWith(versions, { strictness: "loose" }, pool.run),
      ]);
      expect(JSON.stringify(pooled)).toBe(JSON.stringify(compareVersions(versions)));
      expect(JSON.stringify(again)).toBe(
        JSON.stringify(compareVersions(versions, { strictness: "loose" })),
      );
    }
  });

  it("fails the comparison when a helper fails", async () => {
    const random = seededRandom(2);
    const pool = createParaphrasePool(2, () => standInHelper(random, true));
    await expect(compareVersionsWith(generateStory(4, 100), {}, pool.run)).rejects.toThrow(
      "helper down",
    );
  });

  it("leaves one core for the page, with one helper at least and eight at most", () => {
    expect([undefined, 1, 2, 3, 4, 8, 16, 64].map(poolSizeFor)).toEqual([1, 1, 1, 2, 3, 7, 8, 8]);
  });
});
