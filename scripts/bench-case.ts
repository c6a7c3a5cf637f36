/**
 * One benchmark case, run in its own process so its peak memory is its own:
 * `tsx scripts/bench-case.ts bundled`, `tsx scripts/bench-case.ts N WORDS`, or
 * `tsx scripts/bench-case.ts unpunctuated WORDS` (two versions of WORDS words
 * without punctuation or line breaks: the engine's worst case for unit length),
 * with `--helpers=N` to share the paraphrase layer's work across N worker
 * threads (scripts/lib/thread-pool.ts, the app's pool split; 1: all in this
 * thread, as one Web Worker does it), and `--no-diff` to skip jsdiff.
 * Prints one JSON line: engine time (fastest and median of warm runs), the same with
 * suggestions asked for as the app asks (SUGGESTIONS_PER_VERSION), the part
 * of it the pool shares (baselines and version pairs), peak RSS, and the
 * time of jsdiff diffWords over all pairs of versions (measured on up to
 * DIFF_SAMPLE pairs and scaled to all pairs when there are more).
 */
import { diffWords } from "diff";
import {
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
const helpers = Number(flags.find((f) => f.startsWith("--helpers="))?.split("=")[1] ?? 1);
const pool = helpers > 1 ? threadPool(helpers) : null;
// Time spent in the shared work (baselines and version pairs) in the last run.
let sharedMs = 0;
const runWork: ParaphraseRunner = async (work, onProgress) => {
  const start = performance.now();
  const results = pool ? await pool.run(work, onProgress) : runParaphraseWork(work, onProgress);
  sharedMs = performance.now() - start;
  return results;
};
const compare = (options: CompareOptions) => compareVersionsWith(versions, options, runWork);
const versions: VersionInput[] =
  kind === "bundled"
    ? loadGold("allied-leaders-weigh-peace-efforts").versions
    : kind === "unpunctuated"
      ? unpunctuatedPair(Number(wordsArg))
      : generateStory(Number(kind), Number(wordsArg));
const vectors = loadWordVectors();
const totalWords = versions.reduce((sum, v) => sum + v.text.split(/\s+/).length, 0);

// The machine is shared: the fastest of several runs is the least disturbed one.
const runs = kind === "bundled" ? 15 : totalWords > 100_000 ? 3 : versions.length <= 20 ? 7 : 5;
await compare({ vectors }); // warm-up
const times: number[] = [];
let stages: Record<string, number> = {};
let shared = 0;
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  let last = start;
  const timing: Record<string, number> = {};
  await compare({
    vectors,
    onStage: (stage) => {
      const now = performance.now();
      timing[stage] = Math.round((now - last) * 10) / 10;
      last = now;
    },
  });
  times.push(performance.now() - start);
  if (times.every((time) => times[times.length - 1]! <= time)) {
    stages = timing;
    shared = Math.round(sharedMs * 10) / 10;
  }
}
times.sort((a, b) => a - b);
// As the reader runs it: with the closest candidates the details panel offers.
const suggestTimes: number[] = [];
for (let i = 0; i < runs; i += 1) {
  const start = performance.now();
  await compare({ vectors, suggest: APP_SUGGESTIONS });
  suggestTimes.push(performance.now() - start);
}
suggestTimes.sort((a, b) => a - b);

const pairs: [number, number][] = [];
for (let i = 0; i < versions.length; i += 1)
  for (let j = i + 1; j < versions.length; j += 1) pairs.push([i, j]);
const sample =
  pairs.length <= DIFF_SAMPLE
    ? pairs
    : pairs.filter((_, k) => k % Math.ceil(pairs.length / DIFF_SAMPLE) === 0);
pool?.close();
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
    helpers,
    words: totalWords,
    engineMs: Math.round(times[0]! * 10) / 10,
    withSuggestionsMs: Math.round(suggestTimes[0]! * 10) / 10,
    engineMedianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    stagesMs: stages,
    sharedMs: shared,
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
