/**
 * `npm run bench:ui`: how long after the story's data arrives the first
 * highlights show, in the built app in Chromium (word vectors fetched,
 * engine run in the worker, highlights painted). Builds nothing: run
 * `npm run build` first. Prints each run and the median.
 */
import { chromium } from "@playwright/test";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { startPreview } from "./lib/preview-server.ts";

const RUNS = 7;
const PORT = 4327;
const server = await startPreview(PORT);
try {
  const browser = await chromium.launch(browserLaunchOptions());
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    // A fresh context each time: nothing cached but what a first visit has.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const ms = await page.waitForFunction(
      () => performance.getEntriesByName("parallax:first-highlights")[0]?.duration,
      null,
      { timeout: 30_000 },
    );
    times.push(Number(await ms.jsonValue()));
    await context.close();
  }
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `first highlights after the story data arrived (ms): ${times.map((t) => t.toFixed(0)).join(", ")}`,
  );
  console.log(
    `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms over ${RUNS} fresh page loads`,
  );
} finally {
  server.kill();
}
