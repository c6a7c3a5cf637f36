import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

/** Opens the reader on the bundled story and, once it is highlighted, its overview. */
async function openOverview(page: Page): Promise<void> {
  await page.goto("/");
  await expect(highlightsStatus(page)).toBeVisible();
  await page.getByRole("button", { name: /^Overview/ }).click();
}

test("? shows the keyboard shortcuts, Escape closes them", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article", { name: "Version A" })).toBeVisible();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next passage in the column");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("the colour scheme follows the system and can be switched, and the choice is kept", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.getByRole("button", { name: /^Colour scheme:/ });
  await expect(toggle).toHaveAccessibleName("Colour scheme: system");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Colour scheme: light");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Colour scheme: dark");
  await expect.poll(background).not.toBe(light);
  await page.reload();
  await expect(page.getByRole("button", { name: "Colour scheme: dark" })).toBeVisible();
  await expect.poll(background).not.toBe(light);
});

test.describe("overview", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("the similarity table compares two versions at a click, and the URL keeps it", async ({
    page,
  }) => {
    await openOverview(page);
    const table = page.getByRole("table", { name: /^Share of each row/ });
    await expect(table.getByRole("columnheader", { name: "Version C" })).toBeVisible();
    await table
      .getByRole("button", { name: /of Version A is also in Version C: compare these two$/ })
      .click();
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(page.getByRole("article").nth(0)).toHaveAccessibleName("Version A");
    await expect(page.getByRole("article").nth(1)).toHaveAccessibleName("Version C");
    await expect(page).toHaveURL(/v=a,c/);
    await page.reload();
    await expect(page.getByRole("article")).toHaveCount(2);
  });

  test("versions can be hidden and reordered", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /^Overview/ }).click();
    await page.getByRole("checkbox", { name: "Version B" }).uncheck();
    await expect(page.getByRole("article")).toHaveCount(4);
    await expect(page.getByRole("article", { name: "Version B" })).toHaveCount(0);
    await page.getByRole("button", { name: "Move Version C earlier" }).click();
    await expect(page.getByRole("article").nth(0)).toHaveAccessibleName("Version C");
    await expect(page.getByRole("article").nth(1)).toHaveAccessibleName("Version A");
    await page.getByRole("checkbox", { name: "Version B" }).check();
    await expect(page.getByRole("article").nth(4)).toHaveAccessibleName("Version B");
  });
});

test.describe("reading aids", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("the omission view lists what others tell and a version leaves out, and opens it", async ({
    page,
  }) => {
    await openOverview(page);
    await page
      .getByLabel("What others say and this version leaves out")
      .selectOption({ label: "Version E" });
    const list = page.getByRole("list", { name: "Left out of Version E" });
    await expect(list.getByRole("listitem").first()).toContainText(/told by \d of 5/);
    await expect(list).not.toContainText("Version E");
    await list.getByRole("button").first().click();
    const panel = page.getByRole("complementary", { name: "Passage details" });
    await expect(panel).toBeVisible();
    // Version E is not among its counterparts (it may still be offered as "closest").
    await expect(panel.getByRole("heading", { name: /^Also in / })).toBeVisible();
    await expect(panel.getByRole("heading", { name: /^Also in .*Version E/ })).toHaveCount(0);
    await expect(
      panel.getByRole("button", { name: "Not the same claim as in Version E" }),
    ).toHaveCount(0);
  });

  test("sync scrolling moves the other columns with the one being read", async ({ page }) => {
    await page.goto("/");
    await expect(highlightsStatus(page)).toBeVisible();
    const a = page.getByRole("article", { name: "Version A" });
    const b = page.getByRole("article", { name: "Version B" });
    await a.evaluate((el) => el.scrollTo({ top: 300 }));
    await expect.poll(() => a.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await b.evaluate((el) => el.scrollTop)).toBe(0);
    await page.getByRole("checkbox", { name: "Sync scrolling" }).check();
    await a.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect
      .poll(() => b.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop))
      .toBeLessThan(2);
  });
});

test("with many versions the similarity overview is a heat map with the most alike pairs", async ({
  page,
}) => {
  const { BUNDLED_STORY, BUNDLED_STORY_URL } = await import("./support/bundled-story.ts");
  const { manyVersions } = await import("./support/many-versions.ts");
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 40) }),
  );
  await page.goto("/");
  await expect(highlightsStatus(page)).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole("button", { name: /^Overview/ }).click();
  await expect(
    page.getByRole("img", { name: "Similarity of 40 versions as a heat map" }),
  ).toBeVisible();
  // Copies of one source version (Copy 1, 6, 11, … all retell version a) sit side by side
  // in the theme coverage table, as in the map: 5 sources, so at most 4 changes of source.
  const coverage = page.getByRole("table", { name: /Passages about each theme/ });
  await expect(coverage).toHaveAccessibleName(/ordered as in the similarity map/);
  const labels = await coverage.getByRole("columnheader").allTextContents();
  expect(labels).toHaveLength(40);
  const sources = labels.map((label) => (Number(label.replace("Copy ", "")) - 1) % 5);
  expect(sources.filter((source, i) => i > 0 && source !== sources[i - 1]).length).toBe(4);
  await page.getByLabel("Zoom").fill("8");
  const pair = page.getByRole("button", { name: /^Copy \d+ and Copy \d+: \d+% shared$/ }).first();
  const [, a, b] = (await pair.textContent())!.match(/^(Copy \d+) and (Copy \d+)/)!;
  await pair.click();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("article", { name: a!, exact: true })).toBeVisible();
  await expect(page.getByRole("article", { name: b!, exact: true })).toBeVisible();
});
