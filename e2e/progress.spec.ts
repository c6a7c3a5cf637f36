import { expect, test } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./support/bundled-story.ts";
import { manyVersions } from "./support/many-versions.ts";

test("a long comparison shows its progress and can be cancelled, then run again", async ({
  page,
}) => {
  // Big enough that the comparison is still running when the columns are drawn and read
  // (it starts as the story's text arrives, before they are drawn).
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 200) }),
  );
  await page.goto("/");
  const bar = page.getByRole("progressbar", { name: "Comparing the versions" });
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 20_000 })
    .toBeGreaterThan(0);
  // The page stays usable while the engine works: the columns scroll and read.
  await expect(page.getByRole("article", { name: "Copy 1", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Comparison cancelled" });
  await expect(alert).toBeVisible();
  await expect(bar).toHaveCount(0);
  await alert.getByRole("button", { name: "Compare again" }).click();
  await expect(bar).toBeVisible();
});

test("a big story shows what is shared word for word first, then the rest", async ({ page }) => {
  test.setTimeout(90_000);
  // Every state the status line and the first column's header go through, recorded in the page
  // as they change: the preview may last only a second, too short to count on catching it.
  await page.addInitScript(() => {
    const w = window as unknown as { states: { status: string; header: string }[] };
    w.states = [];
    new MutationObserver(() => {
      // The reader's status line (the page has others, such as the import dialog's).
      const status = document.querySelector("main [role=status]")?.textContent ?? "";
      const header = document.querySelector("article header")?.textContent ?? "";
      const last = w.states[w.states.length - 1];
      if (!last || last.status !== status || last.header !== header)
        w.states.push({ status, header });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 200) }),
  );
  await page.goto("/");
  await expect(page.getByRole("status")).toHaveText(/^\d+ of \d+ passages highlighted$/, {
    timeout: 60_000,
  });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("article").first()).toContainText(/\d+% unique/);
  const states = await page.evaluate(
    () => (window as unknown as { states: { status: string; header: string }[] }).states,
  );
  // The preview showed: word-for-word sharing only, while the engine carried on…
  expect(
    states.some((s) => /^\d+ passages shared word for word so far; still matching/.test(s.status)),
  ).toBe(true);
  // …and until the whole comparison was drawn, no column claimed a share of unique words.
  for (const state of states.filter((s) => !/passages highlighted$/.test(s.status)))
    expect(state.header).not.toContain("unique");
});

test.describe("on a reader's machine of four cores (a pool of three helper workers)", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 4 }),
    );
  });

  test("progress and cancel work, and the result is the one worker's", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const helpers: string[] = [];
    page.on("worker", (worker) => helpers.push(worker.url()));
    await page.route(BUNDLED_STORY_URL, (route) =>
      route.fulfill({ json: manyVersions(BUNDLED_STORY, 200) }),
    );
    await page.goto("/");
    const bar = page.getByRole("progressbar", { name: "Comparing the versions" });
    await expect
      .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByRole("button", { name: "Cancel" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Comparison cancelled" });
    await expect(alert).toBeVisible();
    await alert.getByRole("button", { name: "Compare again" }).click();
    // Progress moves through the paraphrase layer as the helpers answer.
    const seen = new Set<number>();
    await expect
      .poll(
        async () => {
          const now = await bar.getAttribute("aria-valuenow").catch(() => null);
          if (now !== null) seen.add(Number(now));
          return seen.size;
        },
        { timeout: 60_000, intervals: [50] },
      )
      .toBeGreaterThan(2);
    const status = page.getByRole("status").filter({ hasText: /passages highlighted$/ });
    await expect(status).toHaveText(/^\d+ of \d+ passages highlighted$/, { timeout: 90_000 });
    const pooled = await status.textContent();

    // The same story on a machine of one core: one worker does it all, with the same highlights.
    const single = await browser.newPage();
    await single.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 1 }),
    );
    await single.route(BUNDLED_STORY_URL, (route) =>
      route.fulfill({ json: manyVersions(BUNDLED_STORY, 200) }),
    );
    await single.goto(page.url());
    await expect(
      single.getByRole("status").filter({ hasText: /passages highlighted$/ }),
    ).toHaveText(pooled!, { timeout: 90_000 });
    await single.close();
    expect(helpers.filter((url) => url.includes("pool.worker")).length).toBeGreaterThan(0);
  });
});
