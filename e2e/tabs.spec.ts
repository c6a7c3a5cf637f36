import { expect, test, type Page } from "@playwright/test";
import { BUNDLED_STORY } from "./support/bundled-story.ts";

// Issue #16: nothing lost, nothing frozen. Two tabs of the app share one
// IndexedDB; these tests open two real pages in one browser context.

const DRAFT =
  "The city council approved two new bus lanes on Tuesday by a vote of 7 to 2. Buses will run every five minutes.";
const PUBLISHED =
  "Councillors voted 7–2 on Tuesday to create two bus lanes. Officials promised buses every five minutes.";
const OTHER_DRAFT =
  "A second harbour ferry will start in spring, the port authority said. Tickets will cost the same as the bus.";

/** Opens the app and waits until the bundled story is on screen. */
async function open(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("article").first()).toBeVisible({ timeout: 30_000 });
}

/** Saves a new comparison of two pasted versions, as a reader does. */
async function compare(page: Page, title: string, draft = DRAFT) {
  await page.getByRole("button", { name: "New comparison" }).click();
  const dialog = page.getByRole("dialog", { name: "New comparison" });
  await dialog.getByLabel("Title").fill(title);
  await dialog.getByLabel("Version 1 label").fill("Draft");
  await dialog.getByLabel("Version 1 text").fill(draft);
  await dialog.getByLabel("Version 2 label").fill("Published");
  await dialog.getByLabel("Version 2 text").fill(PUBLISHED);
  await dialog.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** The picker's entries with this title. */
const options = (page: Page, title: string) =>
  page.getByRole("combobox", { name: "Story" }).getByRole("option", { name: title, exact: true });

/**
 * Makes `page` a tab that hears nothing from the others (as a tab frozen in
 * the background, or one the news has not reached yet): what it shows stays
 * as it last read it. It still tells the others of its own changes.
 */
async function hearsNoNews(page: Page) {
  await page.addInitScript(() => {
    const Channel = window.BroadcastChannel;
    window.BroadcastChannel = class extends Channel {
      override addEventListener() {}
    };
  });
}

test("the same title saved in two tabs makes two stories, both kept", async ({ context, page }) => {
  const other = await context.newPage();
  await hearsNoNews(other);
  await open(page);
  await open(other);
  await compare(page, "Bus lanes");
  await expect(page).toHaveURL(/story=my-bus-lanes$/);
  // The other tab still believes the id free, and asks for it.
  await compare(other, "Bus lanes", OTHER_DRAFT);
  await expect(other).toHaveURL(/story=my-bus-lanes-2$/);
  await expect(other.getByRole("article", { name: "Draft" })).toContainText("harbour ferry");

  // The first tab learns of the second story without a reload; its own is untouched.
  await expect(options(page, "Bus lanes")).toHaveCount(2);
  await expect(page.getByRole("article", { name: "Draft" })).toContainText("bus lanes");
  await page.getByRole("combobox", { name: "Story" }).selectOption("my-bus-lanes-2");
  await expect(page.getByRole("article", { name: "Draft" })).toContainText("harbour ferry");
  await page.reload();
  await expect(options(page, "Bus lanes")).toHaveCount(2);
});

test("a story saved or deleted in one tab appears in, and leaves, the other's list without reload", async ({
  context,
  page,
}) => {
  const other = await context.newPage();
  await open(page);
  await open(other);
  await compare(page, "Ferry timetable");
  await expect(options(other, "Ferry timetable")).toHaveCount(1);
  await other.getByRole("combobox", { name: "Story" }).selectOption({ label: "Ferry timetable" });
  await expect(other.getByRole("heading", { level: 1, name: "Ferry timetable" })).toBeVisible();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Deleted “Ferry timetable”." }),
  ).toBeVisible();
  await expect(options(other, "Ferry timetable")).toHaveCount(0);
  await expect(other.getByRole("alert")).toContainText("may have been deleted in another tab");
});

test("a rename in a stale tab after a deletion elsewhere is refused, and the story stays deleted", async ({
  context,
  page,
}) => {
  const other = await context.newPage();
  await hearsNoNews(other);
  await open(page);
  await compare(page, "Harbour plan");
  await open(other, "/?story=my-harbour-plan");
  await expect(other.getByRole("heading", { level: 1, name: "Harbour plan" })).toBeVisible();

  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(options(page, "Harbour plan")).toHaveCount(0);

  await other.getByRole("button", { name: "Rename" }).click();
  await other.getByLabel("New title").fill("Harbour plan, final");
  await other.getByRole("button", { name: "Save title" }).click();
  await expect(other.getByRole("alert").first()).toContainText(
    "Could not rename “Harbour plan”. It was deleted in another tab.",
  );
  await expect(options(other, "Harbour plan")).toHaveCount(0);
  await expect(options(other, "Harbour plan, final")).toHaveCount(0);
  // Nor did it come back under either title, in either tab.
  await other.reload();
  await expect(other.getByRole("heading", { name: "Story not found" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Story" })).toHaveCount(0);
});

test("a saved story can be deleted from the list without opening it, with Undo", async ({
  page,
}) => {
  await open(page);
  await compare(page, "Bridge repairs");
  await page.getByRole("combobox", { name: "Story" }).selectOption(BUNDLED_STORY.id);
  await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();

  await page.getByRole("button", { name: "Your stories" }).click();
  const list = page.getByRole("dialog", { name: "Your stories" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await list.getByRole("button", { name: "Delete “Bridge repairs”" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Deleted “Bridge repairs”." }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Story" })).toHaveCount(0);
  // The open story stays open; the deleted one was never opened.
  await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();
  await expect(page).not.toHaveURL(/my-bridge-repairs/);

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(options(page, "Bridge repairs")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();
});

test("a rename to a blank title is refused with a message", async ({ page }) => {
  await open(page);
  await compare(page, "Tram line");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New title").fill("   ");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("alert")).toHaveText("A title cannot be blank.");
  await expect(page.getByLabel("New title")).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Tram line" })).toBeVisible();
});

test("Undo is offered for 15 seconds from the deletion, however the page changes meanwhile", async ({
  page,
}) => {
  await page.clock.install();
  await open(page);
  await compare(page, "Night buses");
  await compare(page, "Cycle paths");
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const undo = page.getByRole("status").filter({ hasText: "Deleted “Cycle paths”." });
  await expect(undo).toBeVisible();
  // From here the page's clock moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.clock.fastForward(10_000);
  // Opening another story re-renders the page under the notice.
  await page.getByRole("combobox", { name: "Story" }).selectOption({ label: "Night buses" });
  await expect(page.getByRole("heading", { level: 1, name: "Night buses" })).toBeVisible();
  await expect(undo).toBeVisible();
  await page.clock.fastForward(6_000);
  await expect(undo).toHaveCount(0);
});

test("a theme of one's own added in one tab shows in the other without reload", async ({
  context,
  page,
}) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await page.getByRole("button", { name: "Edit themes" }).click();
  const editor = page.getByRole("dialog", { name: "Edit themes" });
  await editor.getByRole("textbox", { name: "Theme name" }).fill("Talks in Washington");
  await editor.getByRole("textbox", { name: "Words and phrases" }).fill("Washington");
  await editor.getByRole("button", { name: "Add theme" }).click();
  await expect(editor.getByRole("status")).toHaveText("Added “Talks in Washington”.");
  await expect(other.getByRole("button", { name: /^Talks in Washington \d+$/ })).toBeVisible({
    timeout: 30_000,
  });
});
