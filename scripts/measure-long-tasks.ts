/**
 * `npm run bench:long-tasks [N]`: what a story of N versions (copies of the
 * bundled versions, rotated) costs the page's main thread, in the built app
 * in Chromium: the long animation frames (over 50 ms, each naming the
 * scripts it ran) once the story's JSON has arrived, while the page draws
 * it, the worker compares, and a reader scrolls and filters; and how long
 * after navigation the first and the full highlights came. Once as this
 * machine's browser runs it (one worker), once with a pool of helper
 * workers (the page is told of more cores than the machine has). Prints
 * the figures and writes them to docs/performance.md (between the
 * long-tasks markers). Run `npm run build` first.
 */
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { chromium, type Browser } from "@playwright/test";
import { highlightsStatus } from "../e2e/support/highlights.ts";
import {
  describeLongFrames,
  longFramesAfterData,
  namedWork,
  recordLongFrames,
  type LongFrame,
} from "../e2e/support/long-frames.ts";
import { exerciseReader } from "../e2e/support/long-tasks.ts";
import { manyVersions } from "../e2e/support/many-versions.ts";
import { MARKS } from "../src/lib/performance-marks.ts";
import { writeDocSection } from "./lib/doc-section.ts";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { startPreview } from "./lib/preview-server.ts";

const COUNT = Number(process.argv[2] ?? 200);
const PORT = 4328;
/** Helpers in the pooled runs: one per core of this machine. */
const POOL_HELPERS = Math.max(2, cpus().length);

const story = JSON.parse(
  readFileSync("public/data/stories/allied-leaders-weigh-peace-efforts.json", "utf8"),
) as { versions: { blocks: unknown[] }[] };
const big = manyVersions(story, COUNT);

type Run = { first: number; full: number; frames: LongFrame[] };

async function measureOnce(browser: Browser, cores: number | null): Promise<Run> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    if (cores !== null)
      await page.addInitScript((count) => {
        Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => count });
      }, cores);
    await recordLongFrames(page);
    await page.route("**/data/stories/*.json", (route) => route.fulfill({ json: big }));
    const start = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await highlightsStatus(page).waitFor({ timeout: 300_000 });
    const full = Date.now() - start;
    await exerciseReader(page);
    // First highlights drawn: for a big story, its word-for-word preview.
    const first = await page.evaluate(
      (name) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? Number.NaN,
      MARKS.highlightsShown,
    );
    return { first, full, frames: await longFramesAfterData(page) };
  } finally {
    await page.close();
  }
}

const longest = (run: Run) => run.frames.reduce((max, f) => Math.max(max, f.duration), 0);
const longestNamed = (run: Run) => run.frames.reduce((max, f) => Math.max(max, namedWork(f)), 0);

const server = await startPreview(PORT);
const load = loadavg()[0]!;
const runs: { name: string; run: Run }[] = [];
try {
  const browser = await chromium.launch(browserLaunchOptions());
  for (const [name, cores] of [
    ["one worker", null],
    [`pool of ${POOL_HELPERS} helpers`, POOL_HELPERS + 1],
  ] as const) {
    const run = await measureOnce(browser, cores);
    console.log(
      `${COUNT} versions, ${name}: first highlights ${Math.round(run.first)} ms, all ${run.full} ms after navigation; after the data: ${describeLongFrames(run.frames)}`,
    );
    runs.push({ name, run });
  }
  await browser.close();
} finally {
  server.kill();
}

const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:long-tasks ${COUNT}\` on this machine (${cpus().length} cores, load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end), Chromium headless: a story of ${COUNT} versions (copies of the bundled ones) opened in the built app, compared, then scrolled and filtered (\`exerciseReader\`). Long animation frames (over 50 ms) counted from the moment the story's JSON arrived. "One worker" is the page as this ${cpus().length}-core machine runs it; the pool runs on a page told of ${POOL_HELPERS + 1} cores.`,
  "",
  "| configuration | first highlights | all highlights | long frames | longest | its scripts and layout |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...runs.map(
    ({ name, run }) =>
      `| ${name} | ${(run.first / 1000).toFixed(1)} s | ${(run.full / 1000).toFixed(1)} s | ${run.frames.length} | ${Math.round(longest(run))} ms | ${Math.round(longestNamed(run))} ms |`,
  ),
  "",
  "Each long frame (ms after navigation: length; the scripts it names):",
  "",
  ...runs.flatMap(({ name, run }) =>
    run.frames.length === 0
      ? [`- ${name}: none.`]
      : run.frames.map(
          (f) =>
            `- ${name}, at ${Math.round(f.start)} ms: ${Math.round(f.duration)} ms; ${f.scripts.join("; ") || "no script named"}`,
        ),
  ),
];
console.log(lines.join("\n"));
writeDocSection("docs/performance.md", "long-tasks", lines.join("\n"));
