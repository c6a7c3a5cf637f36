import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { holdFacts, openFactStory } from "./support/fact-story.ts";
import { highlightsStatus } from "./support/highlights.ts";
import { passageDescribed } from "./support/passages.ts";

// Made up: one sentence told alike by both versions but for the sentence length.
const FIRST = `Harbour town fisherman sentenced

A fisherman from the harbour town of Kelby was jailed for 12 months on Tuesday after the court heard he had sold protected sea bass to three local restaurants over the summer.

The magistrate said the trade had harmed the struggling fish stocks along the whole northern coast and warned other boat owners to keep proper records of every catch.`;
const SECOND = `Kelby fisherman sent to prison

A fisherman from the harbour town of Kelby was jailed for 18 months on Tuesday after the court heard he had sold protected sea bass to three local restaurants during the summer.

Local residents gathered outside the courthouse to support the family, and a petition asking for leniency has already collected many signatures in the village.`;

test("a fact the versions disagree on is marked in the columns and listed in the details", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "New comparison" }).click();
  const dialog = page.getByRole("dialog", { name: "New comparison" });
  await dialog.getByLabel("Title").fill("Kelby fisherman");
  await dialog.getByLabel("Version 1 label").fill("Version A");
  await dialog.getByLabel("Version 1 text").fill(FIRST);
  await dialog.getByLabel("Version 2 label").fill("Version B");
  await dialog.getByLabel("Version 2 text").fill(SECOND);
  await dialog.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kelby fisherman" })).toBeVisible();
  await expect(highlightsStatus(page)).toBeVisible();

  // The legend explains the mark once a passage carries it.
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("facts differ");
  const column = page.getByRole("article", { name: "Version A" });
  const passage = await passageDescribed(column, /facts differ$/);
  await expect(passage).toContainText("jailed for 12 months");
  // The mark is seen as well as heard: one ≠ badge, at the end of that passage.
  await expect(passage.locator("[data-facts-badge]")).toHaveText("≠");
  await expect(column.locator("[data-facts-badge]")).toHaveCount(1);
  // The passage that only one version tells does not say so.
  const other = await passageDescribed(column, /^not found in the other versions$/);
  await expect(other).toBeVisible();

  await passage.click();
  const details = page.getByRole("complementary", { name: "Passage details" });
  const facts = details.getByRole("region", { name: "Facts that differ" });
  await expect(facts).toBeVisible();
  await expect(facts.getByRole("listitem")).toHaveCount(1);
  await expect(facts.getByRole("listitem")).toContainText("Version A: 12 months");
  await expect(facts.getByRole("listitem")).toContainText("Version B: 18 months");

  // The badge and the section in both colour schemes.
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
    expect(summary, colorScheme).toEqual([]);
  }

  // Neither version quotes anyone: the Quotes tab says so.
  await page.getByRole("button", { name: /^Overview/ }).click();
  await page.getByRole("tab", { name: "Quotes" }).click();
  await expect(page.getByRole("tabpanel", { name: "Quotes" })).toHaveText(
    "No direct quotations were found in any version.",
  );
});

test.describe("the overview's fact lists", () => {
  test.use({ viewport: { width: 1400, height: 900 } });
  // Two browsers and the engine share two cores; axe runs twice per test.
  test.setTimeout(60_000);

  /** Axe's findings on the overview's tabs and open panel, in one colour scheme. */
  async function overviewViolations(page: Page, colorScheme: "light" | "dark") {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .include("[role=tablist]")
      .include("[role=tabpanel]")
      .analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
  }

  /** Opens the overview on one of its tabs. */
  async function openTab(page: Page, name: string) {
    await page.getByRole("button", { name: /^Overview/ }).click();
    const tab = page.getByRole("tab", { name });
    await tab.click();
    await expect(tab).toHaveAttribute("aria-selected", "true");
    return page.getByRole("tabpanel", { name });
  }

  /** Whether the passage holding `text` in a column is inside that column's visible box. */
  async function inColumnView(page: Page, version: string, text: string) {
    const column = page.getByRole("article", { name: version });
    const passage = column.getByRole("button").filter({ hasText: text }).first();
    await expect(passage).toBeInViewport();
    const [box, frame] = await Promise.all([passage.boundingBox(), column.boundingBox()]);
    expect(box!.y + box!.height / 2).toBeGreaterThan(frame!.y);
    expect(box!.y + box!.height / 2).toBeLessThan(frame!.y + frame!.height);
  }

  test("Differences in facts waits for the fact check, lists each claim's values by version, and opens the claim", async ({
    page,
  }) => {
    const { releaseFacts } = await holdFacts(page);
    await openFactStory(page);
    const panel = await openTab(page, "Differences in facts");
    await expect(panel.getByRole("status")).toHaveText("Checking facts…");
    // The claim sits below the first screen of every column until it is opened.
    await expect(
      page.getByRole("article", { name: "Version B" }).getByText(/£45,000/),
    ).not.toBeInViewport();
    await releaseFacts();
    const list = panel.getByRole("list", { name: "Differences in facts" });
    await expect(list.getByRole("listitem").first()).toContainText(
      "Number: Versions A, C, D, E: £40,000 · Version B: £45,000",
    );
    const claim = list.getByRole("button", { name: /agreed to spend/ });
    await expect(claim).toHaveCount(1);
    await claim.click();
    // The overview closes and the claim shows in its versions, each in its column's view.
    await expect(page.getByRole("tab", { name: "Differences in facts" })).toHaveCount(0);
    await expect(page.getByRole("button", { pressed: true }).first()).toContainText(
      "agreed to spend",
    );
    await inColumnView(page, "Version A", "£40,000");
    await inColumnView(page, "Version B", "£45,000");
    await expect(
      page.getByRole("complementary", { name: "Passage details" }).getByRole("region", {
        name: "Facts that differ",
      }),
    ).toContainText("Version B: £45,000");
  });

  test("Quotes lists who gives a quotation word for word, altered, without marks or not at all", async ({
    page,
  }) => {
    await openFactStory(page);
    const panel = await openTab(page, "Quotes");
    const list = panel.getByRole("list", { name: "Quotes" });
    const entry = list
      .getByRole("listitem")
      .filter({ hasText: "We will not let the quay" })
      .first();
    await expect(entry).toContainText("— Mara Lind");
    await expect(entry).toContainText("Word for word: Versions A, B");
    await expect(entry).toContainText("Altered in Version C:");
    // The word differences, struck through and underlined, named as such.
    await expect(entry.locator("del").first()).toHaveText(/not/);
    await expect(entry.locator("ins").first()).toHaveText(/never/);
    await expect(entry).toContainText("Without quotation marks: Version D");
    await expect(entry).toContainText("Left out: Version E");
    for (const colorScheme of ["light", "dark"] as const)
      expect(await overviewViolations(page, colorScheme), colorScheme).toEqual([]);
    // The tabs answer the arrow keys, as any tab list.
    await page.getByRole("tab", { name: "Quotes" }).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByRole("tab", { name: "Differences in facts" })).toBeFocused();
    await expect(page.getByRole("tab", { name: "Differences in facts" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.keyboard.press("ArrowRight");
    await entry.getByRole("button", { name: /We will not let the quay/ }).click();
    await expect(page.getByRole("button", { pressed: true }).first()).toContainText(
      "We will not let",
    );
    await inColumnView(page, "Version A", "We will not let the quay");
  });

  test("with no differences, the tab says none were found, in light and dark", async ({ page }) => {
    await page.goto("/");
    await expect(highlightsStatus(page)).toBeVisible();
    const panel = await openTab(page, "Differences in facts");
    await expect(panel).toContainText("No differences in facts were found");
    for (const colorScheme of ["light", "dark"] as const)
      expect(await overviewViolations(page, colorScheme), colorScheme).toEqual([]);
  });
});
