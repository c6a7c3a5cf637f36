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

async function measure(browser: Browser, cores: number | null): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: nothing cached but what a first visit has.
    const context = await browser.newContext();
    const page = await context.newPage();
    if (cores !== null)
      await page.addInitScript((count) => {
        Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => count });
      }, cores);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const ms = await page.waitForFunction(
      () => performance.getEntriesByName("parallax:first-highlights")[0]?.duration,
      null,
      { timeout: 30_000 },
    );
    times.push(Number(await ms.jsonValue()));
    await context.close();
  }
  return times;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const list = (times: number[]) => times.map((t) => t.toFixed(0)).join(", ");

const server = await startPreview(PORT);
try {
  const browser = await chromium.launch(browserLaunchOptions());
  const load = loadavg()[0]!;
  // Alternating, so a change in the machine's load falls on both.
  let single: number[] = [];
  let pooled: number[] = [];
  for (let round = 0; round < 2; round += 1) {
    single = single.concat(await measure(browser, null));
    pooled = pooled.concat(await measure(browser, POOL_HELPERS + 1));
  }
  await browser.close();
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:ui\`: how long after the bundled story's JSON has arrived the first highlights are painted, in the built app served by \`vite preview\` on this machine (${cpus().length} cores, load average ${load.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end), Chromium headless, each run a fresh browser context (nothing cached), ${2 * RUNS} runs each, alternating.`,
    "",
    `- **One worker** (the page as this ${cpus().length}-core machine runs it: ${cpus().length} − 1 = ${Math.max(1, cpus().length - 1)} helper, so the comparison worker works alone): ${list(single)} ms — **median ${median(single).toFixed(0)} ms**.`,
    `- **With ${POOL_HELPERS} helpers started** (the page told of ${POOL_HELPERS + 1} cores; the bundled story is below the 500 units from which the comparison worker shares its work, so this shows what starting the helpers costs, not a split): ${list(pooled)} ms — **median ${median(pooled).toFixed(0)} ms**.`,
    "",
    `Target (issue 20): ≤ 150 ms — ${median(single) <= 150 ? "met" : "missed"} with one worker, ${median(pooled) <= 150 ? "met" : "missed"} with the pool.`,
  ];
  console.log(lines.join("\n"));
  writeDocSection("docs/performance.md", "ui", lines.join("\n"));
} finally {
  server.kill();
}
