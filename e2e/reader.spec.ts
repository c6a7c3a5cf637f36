import { expect, test } from "@playwright/test";
import { BUNDLED_STORY, countWords } from "./support/bundled-story.ts";
import { watchPageProblems } from "./support/page-problems.ts";
import { highlightsStatus } from "./support/highlights.ts";

test.describe("opening the reader", () => {
  test("shows the bundled story with one labelled column per version", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
    await expect(page).toHaveTitle(`${BUNDLED_STORY.title} · Parallax`);

    for (const version of BUNDLED_STORY.versions) {
      const column = page.getByRole("article", { name: version.label });
      await expect(column.getByRole("heading", { level: 2, name: version.label })).toBeVisible();
      const words = countWords(version.blocks);
      await expect(
        column.getByText(new RegExp(`^${words.toLocaleString("en")} words`)),
      ).toBeVisible();
      // Every block's text is there, typographic characters intact.
      for (const block of version.blocks) {
        await expect(column.getByText(block.text, { exact: true })).toHaveCount(1);
      }
    }
  });

  test("keeps the structure of each version: sub-headings, lists, standfirst", async ({ page }) => {
    await page.goto("/");
    const withList = BUNDLED_STORY.versions.find((v) =>
      v.blocks.some((b) => b.kind === "listItem"),
    )!;
    const column = page.getByRole("article", { name: withList.label });
    const items = withList.blocks.filter((b) => b.kind === "listItem");
    await expect(column.getByRole("list").getByRole("listitem")).toHaveText(
      items.map((b) => b.text),
    );
    const headings = withList.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    await expect(column.getByRole("heading", { level: 3 })).toHaveText(headings);
    await expect(page.getByText("Ukraine’s sovereignty", { exact: false }).first()).toBeVisible();
  });

  test("shows no page chrome from the scrapes", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
    for (const chrome of ["Leave a comment", "Trending"]) {
      await expect(page.getByText(chrome, { exact: true })).toHaveCount(0);
    }
  });

  test("loads without console errors or failed requests, favicon included", async ({ page }) => {
    const problems = watchPageProblems(page);
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
    const favicon = await page.request.get("favicon.svg");
    expect(favicon.ok()).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
  });
});

test.describe("side by side", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("columns scroll sideways and each keeps its header in view", async ({ page }) => {
    await page.goto("/");
    const first = page.getByRole("article", { name: BUNDLED_STORY.versions[0]!.label });
    const last = page.getByRole("article", { name: BUNDLED_STORY.versions.at(-1)!.label });
    await expect(first).toBeVisible();
    await expect(last).not.toBeInViewport();

    // Scrolling a long column keeps its header on screen.
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await last.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect.poll(() => last.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    await expect(last.getByRole("heading", { level: 2 })).toBeInViewport();

    // The page itself never scrolls sideways: only the row of columns does.
    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });

  test("buttons scroll the row to later and earlier versions", async ({ page }) => {
    await page.goto("/");
    const back = page.getByRole("button", { name: "Scroll to earlier versions" });
    const forward = page.getByRole("button", { name: "Scroll to later versions" });
    const last = page.getByRole("article", { name: BUNDLED_STORY.versions.at(-1)!.label });
    await expect(back).toBeDisabled();
    await forward.click();
    await expect(back).toBeEnabled();
    // Each click moves one column; keep clicking until the row's end.
    await expect(async () => {
      if (await forward.isEnabled()) await forward.click({ timeout: 1_000 });
      await expect(forward).toBeDisabled({ timeout: 1_000 });
    }).toPass();
    await expect(last).toBeInViewport({ ratio: 0.9 });
    await expect(back).toBeEnabled();
    await back.click();
    await expect(forward).toBeEnabled();
  });

  test("a column can be focused and scrolled by keyboard", async ({ page }) => {
    await page.goto("/");
    const first = page.getByRole("article", { name: BUNDLED_STORY.versions[0]!.label });
    await first.focus();
    await expect(first).toBeFocused();
    await page.keyboard.press("End");
    await expect.poll(() => first.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  });
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("shows one version at a time with tabs to switch", async ({ page }) => {
    await page.goto("/");
    const [a, b, c] = BUNDLED_STORY.versions;
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article", { name: a!.label })).toBeVisible();

    await page.getByRole("tab", { name: c!.label }).click();
    await expect(page.getByRole("tab", { name: c!.label })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("article", { name: c!.label })).toBeVisible();

    await page.getByRole("tab", { name: c!.label }).press("ArrowLeft");
    await expect(page.getByRole("tab", { name: b!.label })).toBeFocused();
    await expect(page.getByRole("article", { name: b!.label })).toBeVisible();

    const pageOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });
});

test("a story opened before shows its highlights from this browser's cache, without the engine", async ({
  page,
}) => {
  const status = highlightsStatus(page);
  await page.goto("/");
  await expect(status).toBeVisible();
  const first = await status.textContent();
  // The worker keeps the result once its facts are in, after the highlights: wait for it.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open("parallax");
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result
                .transaction("comparisons")
                .objectStore("comparisons")
                .count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
      ),
    )
    .toBeGreaterThan(0);
  // Second visit: neither the engine's worker nor its word vectors can load
  // (a fresh computation without vectors would find fewer passages).
  await page.route(/compare\.worker.*\.js$/, (route) => route.abort());
  await page.route("**/models/word-vectors.bin", (route) => route.abort());
  await page.reload();
  await expect(status).toHaveText(first!);
});
