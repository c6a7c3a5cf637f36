import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
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
});
