/**
 * `npx tsx scripts/measure-freeze.ts [case]`: where the main thread blocks while the built
 * app opens a story far past the limits (issue 16), by long animation frames
 * (which name their scripts and their layout time). Cases: `unbroken` (two
 * versions of 3,000,000 characters without a space), `words` (2 × 200,000
 * ordinary words in paragraphs), `one-block` (the same in one paragraph each).
 * With PROFILE=1 it also prints the functions that took the most main-thread
 * time (build with `npx vite build --minify false` to get their names).
 * Run `npm run build` first.
 */
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import {
  clickFirstLine,
  firstLinePoint,
  highlightsShown,
  unbrokenStory,
  wordyStory,
  type HugeStory,
} from "../e2e/support/huge-story.ts";

import {
  describeLongFrames,
  longFramesAfterData,
  recordLongFrames,
} from "../e2e/support/long-frames.ts";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { startPreview } from "./lib/preview-server.ts";
import { topFunctions, type Profile } from "./lib/profile-summary.ts";

const CASES: Record<string, () => HugeStory> = {
  unbroken: () => unbrokenStory(3_000_000),
  words: () => wordyStory(200_000, 1_000),
  "one-block": () => wordyStory(200_000, 1),
};
const name = process.argv[2] ?? "unbroken";
const PORT = 4361;
const story = CASES[name]?.();
if (!story) throw new Error(`unknown case ${name}; one of ${Object.keys(CASES).join(", ")}`);

const server = await startPreview(PORT);
try {
  const browser = await chromium.launch(browserLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  if (process.env.PROFILE) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 1000 });
    await cdp.send("Profiler.start");
  }
  await recordLongFrames(page);
  await page.route("**/data/stories/*.json", (route) => route.fulfill({ json: story }));
  const start = Date.now();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const since = () => `${((Date.now() - start) / 1000).toFixed(1)} s`;
  await page.getByRole("article").first().getByRole("heading").waitFor({ timeout: 600_000 });
  console.log(`${name}: columns drawn after ${since()}`);
  await highlightsShown(page).waitFor({ timeout: 900_000 });
  console.log(`${name}: highlights after ${since()}`);
  // A reader scrolls the first column, points at passages and picks one.
  const column = page.getByRole("article").first();
  for (let top = 0; top <= 20_000; top += 2_500)
    await column.evaluate((el, y) => el.scrollTo({ top: y }), top);
  await column.evaluate((el) => el.scrollTo({ top: 0 }));
  const passages = column.locator("[data-passage]");
  for (let i = 0; i < 5; i += 1) {
    const { x, y } = await firstLinePoint(passages.nth(i));
    await page.mouse.move(x, y);
  }
  await clickFirstLine(passages.first());
  console.log(`${name}: scrolled and selected after ${since()}`);
  const frames = await longFramesAfterData(page);
  console.log(`  after the data arrived: ${describeLongFrames(frames)}`);
  for (const frame of frames.filter((f) => f.duration > Number(process.env.SHOW_ABOVE ?? 200)))
    console.log(
      `  at ${Math.round(frame.start)} ms: ${Math.round(frame.duration)} ms, layout ${Math.round(frame.layout)}, script ${Math.round(frame.script)}: ${frame.scripts.join("; ")}`,
    );
  const sizes = await column.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    elements: document.querySelectorAll("[data-passage]").length,
  }));
  console.log(`  first column: ${JSON.stringify(sizes)}`);
  if (process.env.PROFILE) {
    const { profile } = (await cdp.send("Profiler.stop")) as { profile: Profile };
    for (const line of topFunctions(profile, 15)) console.log(`  ${line}`);
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
  }
  await browser.close();
} finally {
  server.kill();
}
