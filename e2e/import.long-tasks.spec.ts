import { expect, test } from "@playwright/test";
import { longestOf } from "./support/long-tasks.ts";
import { highlightsStatus } from "./support/highlights.ts";
import {
  describeLongFrames,
  longFramesSince,
  pageNow,
  recordLongFrames,
} from "./support/long-frames.ts";
import { wrappedTextFilePaths } from "./support/wire-files.ts";

// Issue 20: 200 plain-text files picked in "New comparison", then Compare. Named
// *.long-tasks.spec.ts so it runs in the "performance" project, alone, after the others.
const COUNT = 200;

// A trace snapshots the page's DOM after each action: over 200 files, time the measure
// would blame on the app.
test.use({ trace: "off" });

test(`${COUNT} hard-wrapped text files are read, listed and compared without freezing the page`, async ({
  page,
}) => {
  test.setTimeout(300_000);
  // From disk, as a reader picks them (as bytes, Playwright rebuilds each file in the page).
  const files = wrappedTextFilePaths(COUNT);
  await recordLongFrames(page);
  await page.goto("/");
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 60_000 });
  await page.getByRole("button", { name: "New comparison" }).click();
  const dialog = page.getByRole("dialog", { name: "New comparison" });
  await dialog.getByLabel("Title").fill("Two hundred takes");

  const picked = await pageNow(page);
  await dialog.getByLabel("Choose files").setInputFiles(files);
  const list = dialog.getByRole("region", { name: `${COUNT} files picked` });
  await expect(list.getByRole("listitem")).toHaveCount(COUNT, { timeout: 60_000 });
  const compare = dialog.getByRole("button", { name: "Compare" });
  await expect(compare).toBeInViewport();
  await compare.click();
  await expect(page.getByRole("heading", { level: 1, name: "Two hundred takes" })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByRole("article").first()).toBeVisible();
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 240_000 });
  const highlighted = await pageNow(page);
  // The suggestions, themes and tags follow the highlights; their drawing counts too.
  await expect(page.getByRole("button", { name: "Edit themes" })).toBeEnabled({
    timeout: 120_000,
  });

  const frames = await longFramesSince(page, picked);
  console.log(
    `${COUNT} files, pick to full highlights in ${((highlighted - picked) / 1000).toFixed(1)} s: ${describeLongFrames(frames)}`,
  );
  // The aim is no frame over 50 ms (docs/performance.md says what this machine does). The bound
  // leaves room for a busy shared machine, where Playwright's own role queries over 200 list items
  // and a result copied from the worker as objects have taken up to ~300 ms, and still fails a
  // freeze of the old kind: reading the files, building their story or drawing it in one go took
  // about 500, 500 and 1,200 ms.
  expect(longestOf(frames.map((frame) => frame.duration))).toBeLessThan(450);
});
