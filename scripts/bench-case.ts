/**
 * One benchmark case, run in its own process so its peak memory is its own:
 * `tsx scripts/bench-case.ts bundled`, `tsx scripts/bench-case.ts N WORDS`, or
 * `tsx scripts/bench-case.ts unpunctuated WORDS` (two versions of WORDS words
 * without punctuation or line breaks: the engine's worst case for unit length),
 * with `--helpers=1,2` to time configurations in turn: 1 runs everything in
 * this thread (as one Web Worker does), N > 1 shares the paraphrase layer's
 * work across N worker threads (scripts/lib/thread-pool.ts, the app's split);
 * `--before=DIR` adds the engine of another checkout (all in this thread) to
 * the turns; `--no-diff` skips jsdiff. Prints one JSON line: per configuration, engine
 * time (fastest and median of warm runs), the same with suggestions asked
 * for as the app asks (APP_SUGGESTIONS), the part the pool shares
 * (baselines and version pairs); peak RSS, and the time of jsdiff diffWords
 * over all pairs of versions (measured on up to DIFF_SAMPLE pairs and scaled
 * to all pairs when there are more).
 */
import { diffWords } from "diff";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  compareVersions,
  compareVersionsWith,
  type CompareOptions,
  type ParaphraseRunner,
} from "../src/core/align/compare-versions.ts";
import { runParaphraseWork } from "../src/core/align/link-paraphrases.ts";
import type { VersionInput } from "../src/core/align/types.ts";
import { threadPool } from "./lib/thread-pool.ts";
import { generateStory, seededRandom } from "./lib/generate-story.ts";
import { loadGold } from "./lib/gold.ts";
import { loadWordVectors } from "./lib/load-vectors.ts";

const DIFF_SAMPLE = 40;
/** Candidates per unit and other version the reader asks for (use-reader-comparison.ts). */
const APP_SUGGESTIONS = 3;
const flags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const [kind, wordsArg] = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const helperCounts = (flags.find((f) => f.startsWith("--helpers="))?.split("=")[1] ?? "1")
  .split(",")
  .map(Number);
const versions: VersionInput[] =
  kind === "bundled"
    ? loadGold("allied-leaders-weigh-peace-efforts").versions
    : kind === "unpunctuated"
      ? unpunctuatedPair(Number(wordsArg))
      : generateStory(Number(kind), Number(wordsArg));
const vectors = loadWordVectors();
const totalWords = versions.reduce((sum, v) => sum + v.text.split(/\s+/).length, 0);

type Setup = {
  /** Worker threads (1: none), or 0 for the engine of another checkout (`--before=DIR`). */
  helpers: number;
  compare: (options: CompareOptions) => Promise<unknown>;
  close: () => void;
  /** Time of the shared work (baselines and version pairs) in the last run. */
  sharedMs: number;
  times: number[];
  suggestTimes: number[];
  stages: Record<string, number>;
  shared: number;
};
const setups: Setup[] = helperCounts.map((helpers) => {
  const pool = helpers > 1 ? threadPool(helpers) : null;
  const setup: Setup = {
    helpers,
    compare: (options) => compareVersionsWith(versions, options, runWork),
    close: () => pool?.close(),
    sharedMs: 0,
    times: [],
    suggestTimes: [],
    stages: {},
    shared: 0,
  };
  const runWork: ParaphraseRunner = async (work, onProgress) => {
    const start = performance.now();
    const results = pool ? await pool.run(work, onProgress) : runParaphraseWork(work, onProgress);
    setup.sharedMs = performance.now() - start;
    return results;
  };
  return setup;
});
// The engine of another checkout, timed in turns with this one's (one thread).
const beforeDir = flags.find((f) => f.startsWith("--before="))?.split("=")[1];
if (beforeDir) {
  const url = pathToFileURL(join(beforeDir, "src/core/align/compare-versions.ts")).href;
  const old = (await import(url)) as { compareVersions: typeof compareVersions };
  setups.push({
    helpers: 0,
    compare: async (options) => old.compareVersions(versions, options),
    close: () => {},
    sharedMs: 0,
    times: [],
    suggestTimes: [],
    stages: {},
    shared: 0,
  });
}

// The machine is shared: the configurations take turns, run after run, so a
// burst of other work falls on all of them, and the fastest run of each is
// the least disturbed one.
const runs = kind === "bundled" ? 15 : totalWords > 100_000 ? 3 : versions.length <= 20 ? 7 : 5;
for (const setup of setups) await setup.compare({ vectors }); // warm-up
for (let i = 0; i < runs; i += 1) {
  for (const setup of setups) {
    const start = performance.now();
    let last = start;
    const timing: Record<string, number> = {};
    await setup.compare({
      vectors,
      onStage: (stage) => {
        const now = performance.now();
        timing[stage] = Math.round((now - last) * 10) / 10;
        last = now;
      },
    });
    setup.times.push(performance.now() - start);
    if (setup.times.every((time) => setup.times[setup.times.length - 1]! <= time)) {
      setup.stages = timing;
      setup.shared = Math.round(setup.sharedMs * 10) / 10;
    }
  }
}
// As the reader runs it: with the closest candidates the details panel offers.
for (let i = 0; i < runs; i += 1) {
  for (const setup of setups) {
    const start = performance.now();
    await setup.compare({ vectors, suggest: APP_SUGGESTIONS });
    setup.suggestTimes.push(performance.now() - start);
  }
}
for (const setup of setups) setup.close();
const fastest = (times: number[]) =>
  Math.round(times.reduce((best, time) => Math.min(best, time), Infinity) * 10) / 10;
const median = (times: number[]) =>
  Math.round([...times].sort((p, q) => p - q)[Math.floor(times.length / 2)]! * 10) / 10;

const pairs: [number, number][] = [];
for (let i = 0; i < versions.length; i += 1)
  for (let j = i + 1; j < versions.length; j += 1) pairs.push([i, j]);
const sample =
  pairs.length <= DIFF_SAMPLE
    ? pairs
    : pairs.filter((_, k) => k % Math.ceil(pairs.length / DIFF_SAMPLE) === 0);
const diffStart = performance.now();
const diffed = flags.includes("--no-diff") ? [] : sample;
for (const [i, j] of diffed) diffWords(versions[i]!.text, versions[j]!.text);
const diffMs = diffed.length ? ((performance.now() - diffStart) / diffed.length) * pairs.length : 0;

console.log(
  JSON.stringify({
    case:
      kind === "bundled"
        ? "bundled story"
        : kind === "unpunctuated"
          ? `2 × ${Number(wordsArg).toLocaleString("en")} words, no punctuation`
          : `${kind} × ${wordsArg} words`,
    versions: versions.length,
    words: totalWords,
    configurations: setups.map((setup) => ({
      helpers: setup.helpers,
      engineMs: fastest(setup.times),
      engineMedianMs: median(setup.times),
      withSuggestionsMs: fastest(setup.suggestTimes),
      stagesMs: setup.stages,
      sharedMs: setup.shared,
    })),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    allPairsDiffMs: Math.round(diffMs),
    diffPairsMeasured: `${sample.length}/${pairs.length}`,
  }),
);

/**
 * Two versions of `words` words drawn from the bundled story's vocabulary,
 * lowercased, with no punctuation or line break (one "sentence" each); the
 * second drops about 6% of the words. Seeded: every run is the same.
 */
function unpunctuatedPair(words: number): VersionInput[] {
  const pool = loadGold("allied-leaders-weigh-peace-efforts").versions.flatMap((version) =>
    version.text
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean),
  );
  const random = seededRandom(7);
  const first: string[] = [];
  for (let at = 0; first.length < words;) {
    at = (at + 1 + Math.floor(random() * 3)) % pool.length;
    first.push(pool[at]!);
  }
  const second = first.filter(() => random() > 0.06);
  return [
    { id: "a", label: "A", text: first.join(" ") },
    { id: "b", label: "B", text: second.join(" ") },
  ];
}
