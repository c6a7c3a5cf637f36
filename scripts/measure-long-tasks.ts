/**
 * `npm run bench:long-tasks`: main-thread long tasks (over 50 ms) while the
 * built app opens a story of N versions (copies of the bundled versions,
 * rotated), computes in its worker, scrolls and filters. Prints the figures.
 * Run `npm run build` first.
 */
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import {
  describeLongTasks,
  exerciseReader,
  readLongTasks,
  recordLongTasks,
} from "../e2e/support/long-tasks.ts";
import { manyVersions } from "../e2e/support/many-versions.ts";
import { MARKS } from "../src/lib/performance-marks.ts";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { startPreview } from "./lib/preview-server.ts";
import { highlightsStatus } from "../e2e/support/highlights.ts";

const COUNT = Number(process.argv[2] ?? 200);
const PORT = 4328;
const story = JSON.parse(
  readFileSync("public/data/stories/allied-leaders-weigh-peace-efforts.json", "utf8"),
) as {
  versions: { blocks: unknown[] }[];
};
const big = manyVersions(story, COUNT);

const server = await startPreview(PORT);
try {
  const browser = await chromium.launch(browserLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await recordLongTasks(page);
  await page.route("**/data/stories/*.json", (route) => route.fulfill({ json: big }));
  const start = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await highlightsStatus(page).waitFor({ timeout: 120_000 });
  const computed = Date.now() - start;
  await exerciseReader(page);
  // First highlights drawn: for a big story, its word-for-word preview.
  const firstHighlights = await page.evaluate(
    (name) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? Number.NaN,
    MARKS.highlightsShown,
  );
  const { startup, afterData } = await readLongTasks(page);
  await browser.close();
  console.log(
    `${COUNT} versions: first highlights ${Math.round(firstHighlights)} ms, all ${computed} ms after navigation`,
  );
  console.log(`  while the app starts: ${describeLongTasks(startup)}`);
  console.log(
    `  after the story's data arrived (drawing, computing, scrolling, filtering): ${describeLongTasks(afterData)}`,
  );
} finally {
  server.kill();
}
