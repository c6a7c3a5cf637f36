import type { Page } from "@playwright/test";

/** Long tasks (over 50 ms) on a page's main thread, split at the moment the story's data arrived. */
export type LongTasks = {
  /** While the app itself starts: parsing its script, first render. */
  startup: number[];
  /** From the story's data arriving on: drawing, computing, scrolling, filtering. */
  afterData: number[];
};

/** Starts recording long tasks from the page's first moment (call before `goto`). */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { parallaxLongTasks: { start: number; duration: number }[] };
    w.parallaxLongTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.parallaxLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The long tasks so far; the story's data counts as arrived when its JSON response ended. */
export async function readLongTasks(page: Page): Promise<LongTasks> {
  return page.evaluate(() => {
    const w = window as unknown as { parallaxLongTasks: { start: number; duration: number }[] };
    const story = performance
      .getEntriesByType("resource")
      .find((entry) => entry.name.includes("/data/stories/")) as
      PerformanceResourceTiming | undefined;
    // Without it the split would be meaningless: every start-up task would count as "after".
    if (!story) throw new Error("the story's JSON was not fetched: no resource timing entry");
    const arrived = story.responseEnd;
    return {
      startup: w.parallaxLongTasks.filter((t) => t.start < arrived).map((t) => t.duration),
      afterData: w.parallaxLongTasks.filter((t) => t.start >= arrived).map((t) => t.duration),
    };
  });
}

/** The largest of some durations, 0 for none (a reduce: a spread into Math.max overflows on long lists). */
export function longestOf(durations: readonly number[]): number {
  return durations.reduce((longest, d) => Math.max(longest, d), 0);
}

/** "3 long tasks, longest 62 ms, total 150 ms". */
export function describeLongTasks(durations: readonly number[]): string {
  const longest = longestOf(durations);
  const total = durations.reduce((sum, d) => sum + d, 0);
  return `${durations.length} long tasks, longest ${Math.round(longest)} ms, total ${Math.round(total)} ms`;
}

/**
 * What a reader does with a big story once it is highlighted: scroll the
 * first column, move the row to later versions, filter and unfilter. The
 * same steps for the end-to-end test and `npm run bench:long-tasks`.
 */
export async function exerciseReader(page: Page): Promise<void> {
  const column = page.getByRole("article").first();
  for (let top = 0; top <= 2000; top += 250)
    await column.evaluate((el, y) => el.scrollTo({ top: y }), top);
  await page.getByRole("button", { name: "Scroll to later versions" }).click();
  await page.getByRole("radio", { name: "Shared" }).check();
  await page.getByRole("radio", { name: "All" }).check();
}
