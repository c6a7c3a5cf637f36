import { expect, test } from "@playwright/test";
import { BUNDLED_STORY } from "./support/bundled-story.ts";
import {
  describeLongTasks,
  longestOf,
  exerciseReader,
  readLongTasks,
  recordLongTasks,
} from "./support/long-tasks.ts";
import { manyVersions } from "./support/many-versions.ts";
import { highlightsStatus } from "./support/highlights.ts";

const COUNT = 200;

test(`with ${COUNT} versions the main thread does not stall while computing, scrolling and filtering`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  const big = manyVersions(BUNDLED_STORY, COUNT);
  await recordLongTasks(page);
  await page.route("**/data/stories/*.json", (route) => route.fulfill({ json: big }));
  await page.goto("/");
  await expect(highlightsStatus(page)).toBeVisible({
    timeout: 60_000,
  });
  await exerciseReader(page);
  const { startup, afterData } = await readLongTasks(page);
  console.log(
    `${COUNT} versions: while the app starts ${describeLongTasks(startup)}; after the story's data arrived ${describeLongTasks(afterData)}`,
  );
  // Run alone (the "performance" project, after the others). A generous bound: the aim is none
  // over 50 ms, which this machine meets (docs/performance.md), but a slower machine stretches
  // tasks; this catches a real stall, such as drawing every column at once (hundreds of ms).
  expect(longestOf(afterData)).toBeLessThan(250);
});
