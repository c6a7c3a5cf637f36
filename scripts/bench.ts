/**
 * `npm run bench`: times the engine on the bundled story and on generated
 * stories up to 200 versions × ~1,000 words, and on two versions of 200,000
 * words without punctuation, each case in its own process (so peak memory is
 * its own), once as one worker runs it and once with the paraphrase layer
 * shared across a pool of worker threads (the app's split); then the 200-version case
 * with 1 to 4 threads, for the speed-up each added worker gives. Writes its section of
 * docs/performance.md (between the bench markers) and prints it.
 * `npm run bench -- --before=DIR` also times the engine of another checkout
 * (DIR) in turns with this one's, one thread each, for a before-and-after table.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { writeDocSection } from "./lib/doc-section.ts";

const CASES = [
  ["bundled"],
  ["5", "1000"],
  ["10", "1000"],
  ["20", "1000"],
  ["50", "1000"],
  ["100", "1000"],
  ["200", "1000"],
  ["unpunctuated", "200000"],
];
/** Threads of the pool: every core (in Node no page needs one). */
const POOL = Math.max(2, cpus().length);
const SCALING_CASE = ["200", "1000"];
const SCALING_HELPERS = [1, 2, 3, 4];
const DOC = "docs/performance.md";

type Configuration = {
  helpers: number;
  engineMs: number;
  withSuggestionsMs: number;
  stagesMs: Record<string, number>;
  sharedMs?: number;
};
type Case = {
  case: string;
  words: number;
  configurations: Configuration[];
  peakRssMb: number;
  allPairsDiffMs: number;
  diffPairsMeasured: string;
};

const before = process.argv.find((arg) => arg.startsWith("--before="))?.split("=")[1];
const ms = (value: number | undefined) =>
  value === undefined ? "–" : Math.round(value).toLocaleString("en");
const stagesOf = (row: Configuration) =>
  ["segment", "verbatim", "paraphrase", "group", "passages"]
    .map((stage) => ms(row.stagesMs[stage]))
    .join(" · ");

function runCase(args: string[], flags: string[]): Case {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", "scripts/bench-case.ts", ...args, ...flags],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split("\n").pop()!) as Case;
}

const lines: string[] = [];
// The load at the end is only known at the end: the console says so, the doc gets the figure.
const out = (line = "") => {
  lines.push(line);
  console.log(line.replace("LOAD_AT_END", "(printed last)"));
};
const loadAtStart = loadavg()[0]!;
const date = new Date().toISOString().slice(0, 10);

out(
  `Measured ${date} by \`npm run bench\` on this project's machine: **${cpus().length} cores** (${cpus()[0]?.model.trim() ?? "CPU"}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, a virtual machine shared with other work (load average ${loadAtStart.toFixed(1)} at the start, LOAD_AT_END at the end: figures swing with it). In Node; the browser runs the same code in Web Workers. Each case runs in its own process; "engine" is the fastest of several warm runs (after one warm-up; on a shared machine the least disturbed; the median is in the JSON each case prints) with the word vectors loaded, "with suggestions" the same with \`suggest: 3\` (what the reader waits for). "One worker" runs everything in one thread, as the app's comparison worker does alone; "pool of ${POOL}" shares the paraphrase layer's baselines and version pairs across ${POOL} worker threads (\`scripts/lib/thread-pool.ts\`, the split of \`src/worker/paraphrase-pool.ts\`), with the same result bit for bit. "Shared part" is the time of that work in the run shown (the rest stays in one thread). The configurations of a case take turns in one process, run after run, so a burst of other work falls on both; peak RSS is that process's (word-vector table included). "All-pairs diffWords" is jsdiff's \`diffWords\` over every pair of versions, measured on up to 40 pairs and scaled.`,
);
out();
out(
  `| case | words | one worker: engine · with suggestions (ms) | pool of ${POOL}: engine · with suggestions (ms) | speed-up (engine) | one worker: segment · verbatim · paraphrase · group · passages (ms) | shared part, one worker → pool (ms) | peak RSS (MB) | all-pairs diffWords (ms) |`,
);
out("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
const measured = new Map<string, { single: Configuration; pooled: Configuration }>();
for (const args of CASES) {
  const row = runCase(args, [`--helpers=1,${POOL}`]);
  const [single, pooled] = row.configurations as [Configuration, Configuration];
  measured.set(args.join(" "), { single, pooled });
  const diff = row.diffPairsMeasured.split("/");
  const estimated = diff[0] !== diff[1] ? ` (est. from ${row.diffPairsMeasured} pairs)` : "";
  out(
    `| ${row.case} | ${row.words.toLocaleString("en")} | ${ms(single.engineMs)} · ${ms(single.withSuggestionsMs)} | ${ms(pooled.engineMs)} · ${ms(pooled.withSuggestionsMs)} | ${(single.engineMs / pooled.engineMs).toFixed(2)}× | ${stagesOf(single)} | ${ms(single.sharedMs)} → ${ms(pooled.sharedMs)} | ${row.peakRssMb} | ${row.allPairsDiffMs.toLocaleString("en")}${estimated} |`,
  );
}

const bundled = measured.get("bundled")!;
const largest = measured.get(SCALING_CASE.join(" "))!;
const verdict = (value: number, target: number) => (value <= target ? "met" : "missed");
out();
out(
  `Targets (issue 20): bundled story, engine warm, ≤ 40 ms: ${ms(bundled.single.engineMs)} ms with one worker (${verdict(bundled.single.engineMs, 40)}), ${ms(bundled.pooled.engineMs)} ms with the pool (${verdict(bundled.pooled.engineMs, 40)}). ${SCALING_CASE[0]} versions × ${SCALING_CASE[1]} words ≤ 1,500 ms with the pool: ${ms(largest.pooled.engineMs)} ms (${verdict(largest.pooled.engineMs, 1500)}; ${ms(largest.single.engineMs)} ms with one worker).`,
);
out();
out(
  `**Speed-up per added worker** (${SCALING_CASE[0]} versions × ${SCALING_CASE[1]} words, engine without suggestions, each a fresh process):`,
);
out();
out("| worker threads | engine (ms) | shared part (ms) | rest, in one thread (ms) | speed-up |");
out("| --- | --- | --- | --- | --- |");
const scaling = runCase(SCALING_CASE, [
  `--helpers=${SCALING_HELPERS.join(",")}`,
  "--no-diff",
]).configurations;
const base = scaling[0]!;
for (const row of scaling)
  out(
    `| ${row.helpers} | ${ms(row.engineMs)} | ${ms(row.sharedMs)} | ${ms(row.engineMs - (row.sharedMs ?? 0))} | ${(base.engineMs / row.engineMs).toFixed(2)}× |`,
  );
// Amdahl: the shared part divides among the workers, the rest does not.
const serial = base.engineMs - (base.sharedMs ?? 0);
const projected = (workers: number) => serial + (base.sharedMs ?? 0) / workers;
out();
out(
  `On ${cpus().length} cores, threads past ${cpus().length} only take turns. With the shared part divided evenly and the rest unchanged (${ms(serial)} ms here), a reader's 4-core laptop (3 helpers, one core left for the page) would take about ${ms(projected(3))} ms and an 8-core one (7 helpers) about ${ms(projected(7))} ms: ${(base.engineMs / projected(3)).toFixed(1)}× and ${(base.engineMs / projected(7)).toFixed(1)}× at best, less the cost of sending the work.`,
);

if (before) {
  out();
  out(
    `**Before and after** (one thread each, this checkout's engine and that of ${before} in turns in one process, engine without suggestions, fastest run of each):`,
  );
  out();
  out(
    "| case | before: engine (ms) | after: engine (ms) | before: segment · verbatim · paraphrase · group · passages | after: the same |",
  );
  out("| --- | --- | --- | --- | --- |");
  for (const args of CASES.slice(0, -1)) {
    const [now, old] = runCase(args, ["--helpers=1", `--before=${before}`, "--no-diff"])
      .configurations as [Configuration, Configuration];
    out(
      `| ${args.join(" × ")} | ${ms(old.engineMs)} | ${ms(now.engineMs)} | ${stagesOf(old)} | ${stagesOf(now)} |`,
    );
  }
}

const loadAtEnd = loadavg()[0]!.toFixed(1);
console.log(`Load average at the end: ${loadAtEnd}`);
writeDocSection(DOC, "bench", lines.join("\n").replace("LOAD_AT_END", loadAtEnd));
