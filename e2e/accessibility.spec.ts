import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./support/bundled-story.ts";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the reader has no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
    await expectNoViolations(page);
  });
}

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the reader has no axe violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("tablist", { name: "Versions" })).toBeVisible();
    await expectNoViolations(page);
  });
});

test("the error state has no axe violations", async ({ page }) => {
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ body: "{" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toBeVisible();
  await expectNoViolations(page);
});
