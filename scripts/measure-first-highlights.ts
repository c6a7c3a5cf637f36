/**
 * `npm run bench:ui`: how long after the story's data arrives the first
 * highlights show, in the built app in Chromium (word vectors fetched,
 * engine run in the worker, highlights painted), once as this machine's
 * browser runs it and once with a pool of helper workers (the page is told
 * of more cores than the machine has, so it starts POOL_HELPERS helpers).
 * Builds nothing: run `npm run build` first. Prints each run and the
 * medians, and writes them to docs/performance.md (between the ui markers).
 */
import { cpus, loadavg } from "node:os";
import { chromium, type Browser } from "@playwright/test";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { writeDocSection } from "./lib/doc-section.ts";
import { startPreview } from "./lib/preview-server.ts";

const RUNS = 7;
const PORT = 4327;
/** Helpers in the pooled runs: one per core of this machine. */
const POOL_HELPERS = Math.max(2, cpus().length);

/** One load: the wait, and its three parts (see PARTS). */
type Run = { total: number; parts: number[] };

/** Where the wait goes, between the marks the app leaves (src/lib/performance-marks.ts). */
const PARTS = [
  ["parallax:story-loaded", "parallax:comparison-sent", "to the request (settings, cache)"],
  ["parallax:comparison-sent", "parallax:result-received", "in the worker (engine)"],
  ["parallax:result-received", "parallax:highlights-shown", "drawing and painting"],
] as const;

async function measure(browser: Browser, cores: number | null): Promise<Run[]> {
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: nothing cached but what a first visit has.
    const context = await browser.newContext();
    const page = await context.newPage();
    if (cores !== null)
      await page.addInitScript((count) => {
        Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => count });
      }, cores);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(
      () => performance.getEntriesByName("parallax:first-highlights").length > 0,
      null,
      { timeout: 30_000 },
    );
    runs.push(
      await page.evaluate((parts) => {
        // No named functions in here: tsx would wrap them in a helper the page lacks.
        const marks = performance.getEntriesByType("mark");
        return {
          total: performance.getEntriesByName("parallax:first-highlights")[0]!.duration,
          parts: parts.map(
            ([from, to]) =>
              (marks.find((m) => m.name === to)?.startTime ?? NaN) -
              (marks.find((m) => m.name === from)?.startTime ?? NaN),
          ),
        };
      }, PARTS),
    );
    await context.close();
  }
  return runs;
}

const totals = (runs: Run[]) => runs.map((run) => run.total);
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const list = (times: number[]) => times.map((t) => t.toFixed(0)).join(", ");

const server = await startPreview(PORT);
try {
  const browser = await chromium.launch(browserLaunchOptions());
  const load = loadavg()[0]!;
  // Alternating, so a change in the machine's load falls on both.
  let single: Run[] = [];
  let pooled: Run[] = [];
  for (let round = 0; round < 2; round += 1) {
    single = single.concat(await measure(browser, null));
    pooled = pooled.concat(await measure(browser, POOL_HELPERS + 1));
  }
  await browser.close();
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:ui\`: how long after the bundled story's JSON has arrived (the mark is set as soon as the file has been read and checked, before React draws anything of it) the first highlights are painted (the frame after the one that draws them), in the built app served by \`vite preview\` on this machine (${cpus().length} cores, load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end), Chromium headless, each run a fresh browser context (nothing cached), ${2 * RUNS} runs each, alternating.`,
    "",
    `- **One worker** (the page as this ${cpus().length}-core machine runs it: ${cpus().length} − 1 = ${Math.max(1, cpus().length - 1)} helper, so the comparison worker works alone): ${list(totals(single))} ms — **median ${median(totals(single)).toFixed(0)} ms**.`,
    `- **With ${POOL_HELPERS} helpers started** (the page told of ${POOL_HELPERS + 1} cores; the bundled story is below the 500 units from which the comparison worker shares its work, so this shows what starting the helpers costs, not a split): ${list(totals(pooled))} ms — **median ${median(totals(pooled)).toFixed(0)} ms**.`,
    "",
    "Where the wait goes (medians of each part, so they need not add up to the median above):",
    "",
    "| part | one worker (ms) | with helpers (ms) |",
    "| --- | --- | --- |",
    ...PARTS.map(
      ([, , what], i) =>
        `| ${what} | ${median(single.map((r) => r.parts[i]!)).toFixed(0)} | ${median(pooled.map((r) => r.parts[i]!)).toFixed(0)} |`,
    ),
    "",
    `Target (issue 20): ≤ 150 ms — ${median(totals(single)) <= 150 ? "met" : "missed"} with one worker, ${median(totals(pooled)) <= 150 ? "met" : "missed"} with the pool.`,
  ];
  console.log(lines.join("\n"));
  writeDocSection("docs/performance.md", "ui", lines.join("\n"));
} finally {
  server.kill();
}
