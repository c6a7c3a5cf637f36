import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";
import { passageDescribed } from "./support/passages.ts";

/** The reading view's parts working together, as a reader's eyes would check them. */

const column = (page: Page, label: string) => page.getByRole("article", { name: label });
const details = (page: Page) => page.getByRole("complementary", { name: "Passage details" });

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(highlightsStatus(page)).toBeVisible();
}

/** The screen-reader descriptions of every passage in a column. */
function descriptionsIn(columnLocator: Locator): Promise<string[]> {
  return columnLocator.getByRole("button").evaluateAll((elements) =>
    elements
      .filter((element) => element.hasAttribute("data-passage"))
      .map((element) => {
        const id = element.getAttribute("aria-describedby") ?? "";
        return document.getElementById(id)?.textContent ?? "";
      }),
  );
}

test("with two versions shown, shared and unique describe those two alone", async ({ page }) => {
  await openReader(page, "?v=a,d");
  await expect(page.getByRole("article")).toHaveCount(2);
  const descriptions = await descriptionsIn(column(page, "Version D"));
  expect(descriptions.length).toBeGreaterThan(0);
  for (const description of descriptions)
    expect(description).toMatch(
      /^(shared with Version A, (word for word|reworded)(, linked by you)?|not found in the other versions)$/,
    );
  expect(descriptions).toContain("not found in the other versions");
  const sharedBy = page.getByRole("combobox", { name: "Shared by at least" });
  await expect(sharedBy.locator("option:checked")).toHaveText("2 of 2 shown");
  await expect(page.getByText("2 of 5 versions shown").first()).toBeVisible();

  const passage = await passageDescribed(column(page, "Version D"), /^shared with Version A/);
  await passage.click();
  await expect(details(page)).toContainText("told by 2 of 2 versions shown");
  await expect(details(page).getByRole("heading", { name: /^Also in / })).toHaveText(
    "Also in Version A",
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
