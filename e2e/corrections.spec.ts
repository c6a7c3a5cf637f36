import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";
import { passageDescribed, UNIQUE } from "./support/passages.ts";

/**
 * Every passage offers its closest counterparts, and the reader can link
 * and unlink: the comparison honours it at once, keeps it, lists it with
 * Undo, and exports it with the story.
 */

const versionA = (page: Page) => page.getByRole("article", { name: "Version A" });
const details = (page: Page) => page.getByRole("complementary", { name: "Passage details" });
const correctionsButton = (page: Page) =>
  page.getByRole("button", { name: /^Your corrections \(\d+\)$/ });

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(highlightsStatus(page)).toBeVisible();
}

/** The text of the hidden description a passage points at. */
async function descriptionOf(passage: Locator): Promise<string> {
  const id = (await passage.getAttribute("aria-describedby"))!;
  return (await passage.page().locator(`[id="${id}"]`).textContent()) ?? "";
}

/** Selects Version A's first passage found nowhere else; returns it. */
async function selectUniqueInA(page: Page): Promise<Locator> {
  const passage = await passageDescribed(versionA(page), UNIQUE);
  await passage.click();
  await expect(details(page)).toBeVisible();
  return passage;
}

test("an unmatched passage offers its closest passages in the other versions, with their strength in words", async ({
  page,
}) => {
  await openReader(page);
  await selectUniqueInA(page);
  const panel = details(page);
  await expect(
    panel.getByRole("heading", { name: "Not found in the other versions; closest:" }),
  ).toBeVisible();
  const cards = panel.getByRole("heading", { level: 4 });
  expect(await cards.count()).toBeGreaterThan(0);
  await expect(
    panel.getByText(/^(Likely the same claim|Possibly the same claim|Weak match)$/).first(),
  ).toBeVisible();
  await expect(
    panel.getByRole("button", { name: /^Same claim as in Version [B-E]$/ }).first(),
  ).toBeVisible();

  // "Show in …" selects the candidate in its column, in view.
  const show = panel.getByRole("button", { name: /^Show in Version [B-E]$/ }).first();
  const label = (await show.textContent())!.replace(/^Show in /, "");
  await show.click();
  const column = page.getByRole("article", { name: label });
  const chosen = column.getByRole("button", { pressed: true }).first();
  await expect(chosen).toBeInViewport();
  await expect(panel).toContainText(label);
});

test("“Same claim” links two passages at once everywhere, and Undo in “Your corrections” takes it back", async ({
  page,
}) => {
  await openReader(page);
  const passage = await selectUniqueInA(page);
  const panel = details(page);
  const link = panel.getByRole("button", { name: /^Same claim as in Version [B-E]$/ }).first();
  const label = (await link.getAttribute("aria-label"))!.replace(/^Same claim as in /, "");
  await link.click();

  await expect(panel.getByRole("status")).toHaveText(`Linked with ${label} as the same claim.`);
  await expect(panel.getByRole("heading", { name: `Also in ${label}` })).toBeVisible();
  await expect(panel).toContainText("Linked by you");
  await expect(panel).toContainText("· linked by you");
  await expect.poll(() => descriptionOf(passage)).toMatch(/, linked by you$/);
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("linked by you");
  await expect(highlightsStatus(page)).toBeVisible();

  // Kept across a reload.
  await page.reload();
  await expect(highlightsStatus(page)).toBeVisible();
  await expect(correctionsButton(page)).toHaveText("Your corrections (1)");
  await expect.poll(() => descriptionOf(passage)).toMatch(/, linked by you$/);

  // Listed, and undone from the list.
  await correctionsButton(page).click();
  const dialog = page.getByRole("dialog", { name: "Your corrections" });
  await expect(dialog).toBeVisible();
  const item = dialog.getByRole("list", { name: "Corrections in effect" }).getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`Linked as the same claim: Version A and ${label}`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await dialog.getByRole("button", { name: /^Undo: / }).click();
  await expect(correctionsButton(page)).toHaveCount(0);
  await expect.poll(() => descriptionOf(passage)).toBe("not found in the other versions");
});

test("“Not the same” unlinks a counterpart; the candidate stays offered, marked as rejected", async ({
  page,
}) => {
  await openReader(page);
  const passage = await passageDescribed(versionA(page), /^shared with .+, reworded$/);
  await passage.click();
  const panel = details(page);
  const unlink = panel
    .getByRole("button", { name: /^Not the same claim as in Version [B-E]$/ })
    .first();
  const label = (await unlink.getAttribute("aria-label"))!.replace(
    /^Not the same claim as in /,
    "",
  );
  const before = await descriptionOf(passage);
  expect(before).toContain(label);
  await unlink.click();

  await expect(panel.getByRole("status")).toHaveText(
    `Marked as not the same claim as in ${label}.`,
  );
  await expect.poll(() => descriptionOf(passage)).not.toContain(label);
  await expect(
    panel.getByRole("button", { name: `Not the same claim as in ${label}` }),
  ).toHaveCount(0);
  // Rejected candidates go last: behind "N more from …" when the version has others.
  const more = panel.getByRole("button", { name: new RegExp(`^\\d+ more from ${label}$`) });
  if ((await more.count()) > 0) await more.click();
  await expect(panel.getByText("You marked this as not the same claim")).toBeVisible();
  await expect(correctionsButton(page)).toHaveText("Your corrections (1)");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Undone from the panel itself.
  await panel.getByRole("button", { name: `Undo “not the same” for ${label}` }).click();
  await expect.poll(() => descriptionOf(passage)).toBe(before);
  await expect(correctionsButton(page)).toHaveCount(0);
});

test("strictness is a control whose setting the URL keeps, and the comparison follows it", async ({
  page,
}) => {
  await openReader(page);
  const matching = page.getByRole("combobox", { name: "Matching" });
  await expect(matching).toHaveValue("balanced");
  const status = highlightsStatus(page);
  const balanced = await status.textContent();
  // The control stays put while the comparison is recomputed: focus is not lost.
  await matching.focus();
  await matching.selectOption("loose");
  await expect(page).toHaveURL(/strictness=loose/);
  await expect(highlightsStatus(page)).toBeVisible();
  await expect(matching).toBeFocused();
  await expect(status).toBeVisible();
  await matching.selectOption("strict");
  await expect(page).toHaveURL(/strictness=strict/);
  await expect(status).toBeVisible();
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Matching" })).toHaveValue("strict");
  await expect(status).toBeVisible();
  const strict = await status.textContent();
  expect(strict).not.toBe(balanced);
  await page.goBack();
  await expect(page.getByRole("combobox", { name: "Matching" })).toHaveValue("loose");
});

test("a story's corrections travel with its JSON export and come back on import", async ({
  page,
}) => {
  await openReader(page);
  await selectUniqueInA(page);
  const link = details(page)
    .getByRole("button", { name: /^Same claim as in Version [B-E]$/ })
    .first();
  await link.click();
  await expect(correctionsButton(page)).toHaveText("Your corrections (1)");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    formatVersion: number;
    title: string;
    corrections: { kind: string; a: { version: string; text: string } }[];
  };
  expect(exported.formatVersion).toBe(2);
  expect(exported.corrections).toHaveLength(1);
  expect(exported.corrections[0]!.kind).toBe("link");

  await page.getByRole("button", { name: "New comparison" }).click();
  await page.getByLabel("Choose files").setInputFiles([
    {
      name: "with-corrections.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(exported)),
    },
  ]);
  // The bundled story's id is taken: the import is saved as a story of its own.
  await expect(page.getByText("Saved in this browser")).toBeVisible();
  await expect(highlightsStatus(page)).toBeVisible();
  await expect(correctionsButton(page)).toHaveText("Your corrections (1)");
  await expect(page.getByRole("list", { name: "Legend" })).toContainText("linked by you");
});
