import { expect, test } from "@playwright/test";
import { longestOf } from "./support/long-tasks.ts";
import { BUNDLED_STORY_URL } from "./support/bundled-story.ts";
import { clickFirstLine, highlightsShown, unbrokenStory } from "./support/huge-story.ts";
import {
  describeLongFrames,
  longFramesAfterData,
  namedWork,
  recordLongFrames,
} from "./support/long-frames.ts";

// The tester's input (issue 16): two versions of 3,000,000 characters without a space.
// Named *.long-tasks.spec.ts so it runs in the "performance" project, alone, after the others.
const CHARS = 3_000_000;

// A trace snapshots the page's DOM in the page itself after each action: over 6,000,000
// characters that took 7 s, a frame the measure would blame on the app.
test.use({ trace: "off" });

test(`two versions of ${CHARS.toLocaleString("en")} characters without a space open without freezing the page`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  await recordLongFrames(page);
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ json: unbrokenStory(CHARS) }));
  await page.goto("/");
  await expect(highlightsShown(page)).toBeVisible({ timeout: 120_000 });

  // The text wraps inside its column: nothing runs out sideways.
  const column = page.locator("article").first();
  const widths = await column.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);

  // Far down the column the text is drawn, highlighted, where the reader scrolled to.
  await column.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  // (Asked at one point, as a reader's eye would: measuring every passage would lay out the
  // whole text, the very freeze under test.)
  await expect
    .poll(() =>
      column.evaluate((el) => {
        const view = el.getBoundingClientRect();
        const x = view.left + view.width / 2;
        const y = view.top + view.height / 2;
        return document.elementFromPoint(x, y)?.closest("[data-passage]") !== null;
      }),
    )
    .toBe(true);
  await column.evaluate((el) => el.scrollTo({ top: 0 }));

  // A passage can be selected, and j moves on to the next one.
  const first = column.locator("[data-passage-start]").first();
  // A click while the result's facts are still being drawn in can be lost (seen about one
  // run in five here; the closing note of 2026-11-30 records it): a reader clicks again.
  await expect(async () => {
    await clickFirstLine(first);
    await expect(first).toHaveAttribute("aria-pressed", "true", { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page).toHaveURL(/[?&]sel=/);
  await first.focus();
  await page.keyboard.press("j");
  await expect(column.locator("[data-passage-start]").nth(1)).toBeFocused();

  const frames = await longFramesAfterData(page);
  console.log(`${CHARS.toLocaleString("en")} characters × 2: ${describeLongFrames(frames)}`);
  // Before chunked drawing, laying out the text took frames of 1.7–3.3 s. Now the reader's
  // own scripts and layout stay near 100–300 ms a frame, and reached 500–700 ms in runs
  // repeated back to back on the shared 2-core machine (a React render as the result's facts
  // arrive; the column narrowing as the details panel opens): the bound leaves room for that,
  // and still fails a layout of the whole text.
  expect(longestOf(frames.map(namedWork))).toBeLessThan(900);
  // Frames no script is named for reached 150–900 ms there: the engine's request carries both
  // texts (12 MB) to the worker, copied on the main thread (results no longer carry them back).
  expect(longestOf(frames.map((f) => f.duration))).toBeLessThan(1_200);
});
