import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

// Made-up wire copy in the conventions readers bring: hard-wrapped at ~70
// columns, slug lines, separators, bylines, datelines, `<` paragraph marks,
// sign-offs; one take with blank lines between paragraphs, one with indents.
const fixture = (name: string) => new URL(`./fixtures/wire/${name}`, import.meta.url);
const FILES = ["wire-ferry-1407.txt", "wire-ferry-1830.txt", "courier-ferry.txt"];

const newComparison = (page: Page) => page.getByRole("dialog", { name: "New comparison" });
const editVersions = (page: Page) => page.getByRole("dialog", { name: /^Versions of/ });
const column = (page: Page, name: string) => page.getByRole("article", { name });

async function importWireFiles(page: Page, title: string) {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "New comparison" }).click();
  const files = await Promise.all(
    FILES.map(async (name) => ({
      name,
      mimeType: "text/plain",
      buffer: await readFile(fixture(name)),
    })),
  );
  await newComparison(page).getByLabel("Choose files").setInputFiles(files);
  const picked = newComparison(page)
    .getByRole("region", { name: "3 files picked" })
    .getByRole("listitem");
  await expect(picked).toHaveCount(3);
  await newComparison(page).getByLabel("Title").fill(title);
  return picked;
}

test("hard-wrapped wire files import as whole paragraphs, without chrome, outlet and time in the headers", async ({
  page,
}) => {
  const picked = await importWireFiles(page, "Ferry saved");
  // The list says what was read from each file before anything is compared.
  await expect(picked.nth(0)).toContainText(
    /wire-ferry-1407.*words · Wire · .*2024.* 5 lines left out/,
  );
  await expect(picked.nth(2)).not.toContainText("left out");
  const compare = newComparison(page).getByRole("button", { name: "Compare" });
  await expect(compare).toBeInViewport();
  await compare.click();

  await expect(page.getByRole("heading", { level: 1, name: "Ferry saved" })).toBeVisible();
  const wire = column(page, "wire-ferry-1407");
  // Three paragraphs as the writer meant them, not fourteen lines; no slug,
  // separator, byline, sign-off or paragraph mark among them.
  // (A "≠" may mark a fact that differs between the takes.)
  await expect(wire.getByRole("paragraph")).toHaveText([
    /^MARLOW, March 12 \(Wire\) - Councillors .*voted .* against its closure\.$/,
    /^The council will spend 180,000 pounds .* told the meeting\.$/,
    /^"The ferry is how .*she said\..?$/,
  ]);
  await expect(wire).not.toContainText("----");
  await expect(wire).not.toContainText("ENDS");
  await expect(wire).not.toContainText("By Ada Whitlock");
  await expect(wire).not.toContainText("<");
  // The indented take, without blank lines, is three paragraphs too; "MORE" is gone.
  const take = column(page, "wire-ferry-1830");
  await expect(take.getByRole("paragraph")).toHaveCount(3);
  await expect(take).not.toContainText("MORE");
  await expect(take).not.toContainText("writethru");
  // Outlet and time read from the text, in the header, beside the label.
  await expect(wire).toHaveAccessibleDescription(/^Wire · .*12.*2024.*(2:07|14:07)/);
  await expect(wire.getByText(/^Wire · /)).toBeInViewport();
  await expect(take).toHaveAccessibleDescription(/Wire · .*12.*2024.*(6:30|18:30)/);
  await expect(column(page, "courier-ferry")).toHaveAccessibleDescription("");
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 60_000 });

  // The details panel says where the selected passage's version came from.
  await wire.getByRole("button").filter({ hasText: "Councillors voted" }).first().click();
  const details = page.getByRole("complementary", { name: "Passage details" });
  await expect(details).toContainText("Wire · by Ada Whitlock · MARLOW, March 12");
});

test("versions can be renamed, dated, added, removed and ordered by time, across a reload and an export", async ({
  page,
}) => {
  await importWireFiles(page, "Ferry, edited");
  await newComparison(page).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferry, edited" })).toBeVisible();

  await page.getByRole("button", { name: "Edit versions" }).click();
  const dialog = editVersions(page);
  await dialog.getByLabel("Label of courier-ferry").fill("Courier");
  await dialog.getByLabel("Outlet of courier-ferry").fill("The Marlow Courier");
  await dialog.getByLabel("Date of courier-ferry").fill("2024-03-12");
  await dialog.getByLabel("Time of courier-ferry").fill("09:15");
  await dialog.getByRole("button", { name: "Remove wire-ferry-1830" }).click();
  await expect(dialog).toContainText("wire-ferry-1830 will be removed when you save.");
  await dialog.getByRole("button", { name: "Paste a version" }).click();
  await dialog.getByLabel("Version 4 label").fill("Blog");
  await dialog
    .getByLabel("Version 4 text")
    .fill("A local blog says the ferry will run for another year after a vote on Tuesday.");
  expect(await new AxeBuilder({ page }).include("dialog[open]").analyze()).toHaveProperty(
    "violations",
    [],
  );
  const save = dialog.getByRole("button", { name: "Save versions" });
  await expect(save).toBeInViewport();
  await save.click();
  await expect(dialog).toBeHidden();

  // The comparison recomputes over the versions as they now are.
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(column(page, "wire-ferry-1830")).toHaveCount(0);
  await expect(column(page, "Courier")).toHaveAccessibleDescription(/^The Marlow Courier · /);
  await expect(column(page, "Blog")).toContainText("A local blog says");
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "Saved the versions" })).toBeVisible();

  // Ordered by time: the Courier (09:15) before the wire (14:07), the undated blog last.
  await page.getByRole("button", { name: /^Overview/ }).click();
  await page.getByRole("button", { name: "Order by time" }).click();
  await page.getByRole("button", { name: /^Overview/ }).click();
  const left = async (name: string) => (await column(page, name).boundingBox())!.x;
  await expect
    .poll(async () => (await left("Courier")) < (await left("wire-ferry-1407")))
    .toBe(true);
  expect(await left("wire-ferry-1407")).toBeLessThan(await left("Blog"));

  await page.reload();
  await expect(column(page, "Courier")).toHaveAccessibleDescription(/^The Marlow Courier · /);
  expect(await left("Courier")).toBeLessThan(await left("wire-ferry-1407"));

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    formatVersion: number;
    versions: { label: string; source?: string; byline?: string; published?: string }[];
  };
  expect(exported.formatVersion).toBe(3);
  expect(exported.versions.map((v) => [v.label, v.source, v.published])).toEqual([
    ["wire-ferry-1407", "Wire", "2024-03-12T14:07"],
    ["Courier", "The Marlow Courier", "2024-03-12T09:15"],
    ["Blog", undefined, undefined],
  ]);

  // Imported back, the story keeps where each version came from.
  await page.getByRole("button", { name: "New comparison" }).click();
  await newComparison(page)
    .getByLabel("Choose files")
    .setInputFiles([
      {
        name: "ferry.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(exported)),
      },
    ]);
  await expect(page).toHaveURL(/story=my-ferry-edited-2/);
  await expect(column(page, "Courier")).toHaveAccessibleDescription(/^The Marlow Courier · /);
  await expect(column(page, "wire-ferry-1407")).toHaveAccessibleDescription(/^Wire · /);
});

test("a bundled story's edited versions are saved as the reader's own copy, and Undo takes it back", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article", { name: "Version A" })).toBeVisible();
  await page.getByRole("button", { name: "Edit versions" }).click();
  const dialog = editVersions(page);
  await expect(dialog).toContainText("saved as your own copy");
  await dialog.getByLabel("Outlet of Version A").fill("Wire News");
  await dialog.getByRole("button", { name: "Save as a copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /\(your copy\)$/ })).toBeVisible();
  await expect(column(page, "Version A")).toHaveAccessibleDescription("Wire News");
  await page
    .getByRole("status")
    .filter({ hasText: "Saved your versions" })
    .getByRole("button", { name: "Undo" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /\(your copy\)$/ })).toHaveCount(0);
  await expect(column(page, "Version A")).toHaveAccessibleDescription("");
});
