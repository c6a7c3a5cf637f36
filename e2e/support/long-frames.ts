import type { Page } from "@playwright/test";

/** One long animation frame (over 50 ms): how it was spent, and the scripts it ran. */
export type LongFrame = {
  start: number;
  duration: number;
  /** Style and layout: the frame's own (styleAndLayoutStart to its end) and what scripts forced. */
  layout: number;
  /** Script, summed over the scripts the frame names, less the layout they forced. */
  script: number;
  /** The longest scripts: "invoker (source function) 123 ms" (the function when it has a name). */
  scripts: string[];
};

type Recorded = { parallaxFrames: LongFrame[] };

/**
 * Starts recording long animation frames from the page's first moment (call
 * before `goto`). Unlike long tasks, each names the scripts it ran and how
 * much of it went to style and layout, which says where a freeze comes from.
 */
export async function recordLongFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Script = {
      invoker: string;
      sourceURL: string;
      duration: number;
      forcedStyleAndLayoutDuration: number;
      sourceFunctionName: string;
    };
    type Entry = PerformanceEntry & { styleAndLayoutStart: number; scripts: Script[] };
    const w = window as unknown as Recorded;
    w.parallaxFrames = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Entry[]) {
        const end = entry.startTime + entry.duration;
        const scripts = [...entry.scripts].sort((a, b) => b.duration - a.duration);
        w.parallaxFrames.push({
          start: entry.startTime,
          duration: entry.duration,
          // A script that reads a size forces layout inside its own time: count it as layout.
          layout:
            (entry.styleAndLayoutStart > 0 ? end - entry.styleAndLayoutStart : 0) +
            scripts.reduce((sum, s) => sum + s.forcedStyleAndLayoutDuration, 0),
          script: scripts.reduce((sum, s) => sum + s.duration - s.forcedStyleAndLayoutDuration, 0),
          scripts: scripts
            .slice(0, 3)
            .map(
              (s) =>
                `${s.invoker} (${[s.sourceURL.split("/").pop() || "page", s.sourceFunctionName].filter(Boolean).join(" ")}) ${Math.round(s.duration)} ms`,
            ),
        });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  });
}

/**
 * The long frames that started once the story's data had arrived (its JSON
 * response ended): what the story costs, apart from the app's own start.
 */
export async function longFramesAfterData(page: Page): Promise<LongFrame[]> {
  return page.evaluate(() => {
    const story = performance
      .getEntriesByType("resource")
      .find((entry) => entry.name.includes("/data/stories/")) as
      PerformanceResourceTiming | undefined;
    if (!story) throw new Error("the story's JSON was not fetched: no resource timing entry");
    const frames = (window as unknown as Recorded).parallaxFrames;
    return frames.filter((frame) => frame.start >= story.responseEnd);
  });
}

/**
 * What of a frame the page's own work accounts for: its scripts and layout.
 * The rest is work no script is named for, such as copying a worker's
 * message into the page or collecting garbage.
 */
export function namedWork(frame: LongFrame): number {
  return frame.script + frame.layout;
}

/** "3 long frames, longest 62 ms (layout 40 ms), total 150 ms". */
export function describeLongFrames(frames: readonly LongFrame[]): string {
  if (frames.length === 0) return "no long frames";
  const longest = frames.reduce((a, b) => (b.duration > a.duration ? b : a));
  const total = frames.reduce((sum, f) => sum + f.duration, 0);
  return (
    `${frames.length} long frames, longest ${Math.round(longest.duration)} ms ` +
    `(layout ${Math.round(longest.layout)} ms, script ${Math.round(longest.script)} ms: ` +
    `${longest.scripts.join("; ") || "none named"}), total ${Math.round(total)} ms`
  );
}

/** The page's clock now, to read the long frames of what follows with longFramesSince. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The long frames that started at or after `since` (the page's clock, from pageNow). */
export async function longFramesSince(page: Page, since: number): Promise<LongFrame[]> {
  return page.evaluate(
    (start) => (window as unknown as Recorded).parallaxFrames.filter((f) => f.start >= start),
    since,
  );
}
