/**
 * `npm run bench:import`: the import path of issue 20, in the built app and
 * a real browser: 200 hard-wrapped plain-text files (about 1,000 words each)
 * picked in "New comparison", then Compare, until every passage is
 * highlighted. Prints the time from pick to full highlights and the long
 * animation frames on the way (which name their scripts), and writes them
 * to docs/performance.md. Run `npm run build` first. `--port=N` serves the
 * build on another port than PORT (two checkouts measuring at once).
 *
 * The files are picked from disk, as a reader picks them (given as bytes,
 * Playwright would rebuild each in the page with a script of its own, a
 * ~150 ms frame that is the harness's, not the app's); and from the pick on,
 * states are awaited with plain DOM checks (the list, the new story's title,
 * the status line "… passages highlighted"), not role queries, each of which
 * over 200 list items or columns is a 35–140 ms frame of Playwright's own
 * (e2e/import.long-tasks.spec.ts asserts the same states by role).
 */
import { cpus, loadavg } from "node:os";
import { chromium } from "@playwright/test";
import { highlightsStatus } from "../e2e/support/highlights.ts";
import {
  describeLongFrames,
  longFramesSince,
  namedWork,
  pageNow,
  recordLongFrames,
  type LongFrame,
} from "../e2e/support/long-frames.ts";
import { wrappedTextFilePaths } from "../e2e/support/wire-files.ts";
import { writeDocSection } from "./lib/doc-section.ts";
import { browserLaunchOptions } from "./lib/find-browser.ts";
import { startPreview } from "./lib/preview-server.ts";

const args = process.argv.slice(2);
const COUNT = Number(args.find((arg) => !arg.startsWith("--")) ?? 200);
const RUNS = 3;
const PORT = Number(args.find((arg) => arg.startsWith("--port="))?.slice("--port=".length) ?? 4331);

type Run = { seconds: number; picked: number; frames: LongFrame[] };

async function measureOnce(port: number, files: string[]): Promise<Run> {
  const browser = await chromium.launch(browserLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await recordLongFrames(page);
    await page.goto(`http://127.0.0.1:${port}/`);
    await highlightsStatus(page).waitFor({ timeout: 120_000 });
    await page.getByRole("button", { name: "New comparison" }).click();
    const dialog = page.getByRole("dialog", { name: "New comparison" });
    await dialog.getByLabel("Title").fill("Two hundred takes");
    const picked = await pageNow(page);
    await dialog.getByLabel("Choose files").setInputFiles(files);
    await page.waitForFunction(
      (count) =>
        document.querySelector("dialog[open] section ul")?.children.length === count &&
        [...document.querySelectorAll("dialog[open] h3")].some(
          (heading) => heading.textContent === `${count} files picked`,
        ),
      COUNT,
      { timeout: 120_000 },
    );
    await page.locator("dialog[open] button[type=submit]", { hasText: "Compare" }).click();
    await page.waitForFunction(
      () =>
        document.querySelector("h1")?.textContent === "Two hundred takes" &&
        [...document.querySelectorAll("[role=status]")].some(
          (status) =>
            /passages highlighted/.test(status.textContent ?? "") && status.checkVisibility(),
        ),
      null,
      { timeout: 600_000, polling: 100 },
    );
    const done = await pageNow(page);
    // Then the suggestions, themes and tags the worker sends after the highlights, drawn
    // ("Edit themes" waits for them): their frames count too.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("button")].some(
          (button) => button.textContent === "Edit themes" && !button.disabled,
        ),
      null,
      { timeout: 600_000, polling: 100 },
    );
    const frames = await longFramesSince(page, picked);
    return { seconds: (done - picked) / 1000, picked, frames };
  } finally {
    await browser.close();
  }
}

const loadAtStart = loadavg()[0]!;
const server = await startPreview(PORT);
const files = wrappedTextFilePaths(COUNT);
const runs: Run[] = [];
try {
  for (let i = 0; i < RUNS; i += 1) {
    const run = await measureOnce(PORT, files);
    console.log(
      `run ${i + 1}: pick to full highlights ${run.seconds.toFixed(1)} s; ${describeLongFrames(run.frames)}`,
    );
    runs.push(run);
  }
} finally {
  server.kill();
}

const byTime = [...runs].sort((a, b) => a.seconds - b.seconds);
const median = byTime[Math.floor(byTime.length / 2)]!;
const longest = (run: Run) => run.frames.reduce((max, f) => Math.max(max, f.duration), 0);
const longestNamed = (run: Run) => run.frames.reduce((max, f) => Math.max(max, namedWork(f)), 0);
const met = runs.every((run) => longest(run) <= 50);
const lines = [
  `Measured by \`npm run bench:import\` on ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ` +
    `Debian Chromium, headless, ${new Date().toISOString().slice(0, 10)}: ${COUNT} hard-wrapped ` +
    `plain-text files of about 1,000 words picked in "New comparison", then Compare, until every ` +
    `passage is highlighted; ${RUNS} runs, median shown; load average ${loadAtStart.toFixed(1)} ` +
    `at the start, ${loadavg()[0]!.toFixed(1)} at the end (the machine is shared: frames stretch ` +
    `when it is busy).`,
  "",
  "| Run | Pick to full highlights | Long frames | Longest frame | Its scripts and layout |",
  "| --- | ---: | ---: | ---: | ---: |",
  ...runs.map(
    (run, i) =>
      `| ${i + 1}${run === median ? " (median)" : ""} | ${run.seconds.toFixed(1)} s | ${run.frames.length} | ${Math.round(longest(run))} ms | ${Math.round(longestNamed(run))} ms |`,
  ),
  "",
  "The median run's long frames, from the pick (ms after it: length; what ran):",
  "",
  ...(median.frames.length === 0 ? ["- none."] : []),
  ...median.frames.map(
    (f) =>
      `- at ${Math.round(f.start - median.picked)} ms: ${Math.round(f.duration)} ms; ` +
      `${f.scripts.join("; ") || "no script named (the browser's own work: taking in the picked files, copying a message, collecting garbage)"}`,
  ),
  "",
  met
    ? "Target (no frame over 50 ms on the main thread): met in every run."
    : `Target (no frame over 50 ms on the main thread): **not met** in ` +
      `${runs.filter((run) => longest(run) > 50).length} of ${RUNS} runs; the frames ` +
      "above say what ran (a frame naming no script is the browser's own work, such as copying a " +
      "worker's message or collecting garbage, or the page waiting while this shared machine " +
      "runs something else).",
];
writeDocSection("docs/performance.md", "import", lines.join("\n"));
console.log(lines.join("\n"));
