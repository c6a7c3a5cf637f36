import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";
import { passageDescribed, UNIQUE } from "./support/passages.ts";

const SHARED_BY_SEVERAL = /^shared with .+ and .+, reworded$/;

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(highlightsStatus(page)).toBeVisible();
}

const versionA = (page: Page) => page.getByRole("article", { name: "Version A" });
const details = (page: Page) => page.getByRole("complementary", { name: "Passage details" });

test("a shared passage says who shares it, and selecting it shows its counterparts and their differences", async ({
  page,
}) => {
  await openReader(page);
  const passage = await passageDescribed(versionA(page), SHARED_BY_SEVERAL);
  const description = (await passage.getAttribute("aria-describedby"))!;
  const sharers = (await page.locator(`[id="${description}"]`).textContent())!
    .replace(/^shared with /, "")
    .replace(/, reworded$/, "")
    .split(/, | and /);
  await passage.click();
  await expect(passage).toHaveAttribute("aria-pressed", "true");
  const panel = details(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(`told by ${sharers.length + 1} of 5 versions`);
  for (const label of sharers) {
    await expect(panel.getByRole("heading", { level: 4, name: label })).toBeVisible();
  }
  await expect(panel.getByRole("deletion").first()).toBeVisible();
  await expect(panel.getByRole("insertion").first()).toBeVisible();
});

test("a unique passage says so, shows no counterparts, and offers the closest passages instead", async ({
  page,
}) => {
  await openReader(page);
  const passage = await passageDescribed(versionA(page), UNIQUE);
  await passage.click();
  await expect(details(page)).toContainText("not found in the other versions");
  await expect(details(page).getByRole("heading", { name: /^Also in / })).toHaveCount(0);
  await expect(details(page).getByRole("button", { name: /^Not the same claim/ })).toHaveCount(0);
  await expect(
    details(page).getByRole("heading", { name: "Not found in the other versions; closest:" }),
  ).toBeVisible();
});

test("the show and shared-by filters change what is highlighted", async ({ page }) => {
  await openReader(page);
  const status = highlightsStatus(page);
  const count = async () => Number((await status.textContent())!.match(/^(\d+)/)![1]);
  const all = await count();
  await page.getByRole("radio", { name: "Unique" }).check();
  await expect(status).not.toHaveText(new RegExp(`^${all} `));
  const unique = await count();
  await page.getByRole("radio", { name: "Shared" }).check();
  await expect.poll(count).toBe(all - unique);
  const shared = await count();
  await page.getByLabel("Shared by at least").selectOption("5");
  await expect.poll(count).toBeLessThan(shared);
  await expect(page).toHaveURL(/show=shared/);
  await expect(page).toHaveURL(/k=5/);
});

test("passages can be read by keyboard: j and k move, Enter selects, Escape closes", async ({
  page,
}) => {
  await openReader(page);
  await versionA(page).focus();
  await page.keyboard.press("j");
  const first = versionA(page).getByRole("button").first();
  await expect(first).toBeFocused();
  await page.keyboard.press("j");
  await expect(versionA(page).getByRole("button").nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(details(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(details(page)).toHaveCount(0);
});

test("the selection lives in the URL: reload restores it, back clears it", async ({ page }) => {
  await openReader(page);
  const passage = await passageDescribed(versionA(page), SHARED_BY_SEVERAL);
  const name = (await passage.textContent())!;
  await passage.click();
  await expect(page).toHaveURL(/sel=a%3A|sel=a:/);
  await page.reload();
  await expect(details(page)).toBeVisible();
  await expect(versionA(page).getByRole("button", { name, exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.goBack();
  await expect(details(page)).toHaveCount(0);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("following a counterpart switches to its version", async ({ page }) => {
    await openReader(page);
    await (await passageDescribed(versionA(page), SHARED_BY_SEVERAL)).click();
    const follow = details(page)
      .getByRole("button", { name: /^Show in / })
      .first();
    const label = (await follow.textContent())!.replace(/^Show in /, "");
    await follow.click();
    await expect(page.getByRole("tab", { name: label })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("article", { name: label })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`highlights and details have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openReader(page);
    await (await passageDescribed(versionA(page), SHARED_BY_SEVERAL)).click();
    await expect(details(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
}
