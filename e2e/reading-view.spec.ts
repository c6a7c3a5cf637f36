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

/** What a reader sees of an outline: its style and colour ("none" when there is none). */
function outlineOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle === "none" || style.outlineWidth === "0px"
      ? "none"
      : `${style.outlineStyle} ${style.outlineColor}`;
  });
}

test("the selected claim stays outlined in every column, in its own colour, after a click, Show in, and a reload", async ({
  page,
}) => {
  await openReader(page);
  const clicked = await passageDescribed(
    column(page, "Version A"),
    /^shared with .+ and .+, reworded$/,
  );
  await clicked.click();
  // With the pointer still on it, the clicked passage keeps the selection's colour.
  const selectedColour = await outlineOf(clicked);
  expect(selectedColour).not.toBe("none");
  const panel = details(page);
  const show = panel.getByRole("button", { name: /^Show in Version [B-E]$/ }).first();
  const label = (await show.textContent())!.replace(/^Show in /, "");

  // The panel was scrolled down; showing another passage brings its header back into view.
  await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await show.click();
  const chosen = column(page, label).getByRole("button", { pressed: true });
  await expect(chosen).toBeFocused();
  await expect(chosen).toBeInViewport();
  await expect(panel.getByRole("heading", { name: "Passage details" })).toBeInViewport();
  expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
  // The passage first clicked is now a counterpart: still outlined, in the other colour.
  const asCounterpart = await outlineOf(clicked);
  expect(asCounterpart).not.toBe("none");
  expect(asCounterpart).not.toBe(await outlineOf(chosen));
  expect(await outlineOf(chosen)).toBe(selectedColour);

  for (const reopen of [() => page.reload(), () => page.goBack().then(() => page.goForward())]) {
    await reopen();
    await expect(highlightsStatus(page)).toBeVisible();
    const again = column(page, label).getByRole("button", { pressed: true });
    await expect(again).toBeVisible();
    await expect.poll(() => outlineOf(again)).toBe(selectedColour);
    await expect.poll(() => outlineOf(clicked)).toBe(asCounterpart);
  }
});
