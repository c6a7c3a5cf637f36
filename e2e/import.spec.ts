import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

const dialog = (page: Page) => page.getByRole("dialog", { name: "New comparison" });

async function openNewComparison(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "New comparison" }).click();
  await expect(dialog(page)).toBeVisible();
}

const FIRST =
  "The city council approved two new bus lanes on Tuesday by a vote of 7 to 2. Buses will run every five minutes.";
const SECOND =
  "Councillors voted 7–2 on Tuesday to create two bus lanes. Officials promised buses every five minutes.";

async function pasteTwo(page: Page, title: string) {
  await dialog(page).getByLabel("Title").fill(title);
  await dialog(page).getByLabel("Version 1 label").fill("Draft");
  await dialog(page).getByLabel("Version 1 text").fill(FIRST);
  await dialog(page).getByLabel("Version 2 label").fill("Published");
  await dialog(page).getByLabel("Version 2 text").fill(SECOND);
  await dialog(page).getByRole("button", { name: "Compare" }).click();
}

test("pasted versions become a comparison that survives a reload, and can be deleted with undo", async ({
  page,
}) => {
  await openNewComparison(page);
  await pasteTwo(page, "Bus lanes");
  await expect(page.getByRole("heading", { level: 1, name: "Bus lanes" })).toBeVisible();
  await expect(page).toHaveURL(/story=my-bus-lanes/);
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("article", { name: "Draft" })).toContainText(
    "approved two new bus lanes",
  );
  await expect(highlightsStatus(page)).toBeVisible();

  await page.reload();
  await expect(page.getByRole("article", { name: "Published" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Story" })).toHaveValue("my-bus-lanes");

  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deleted “Bus lanes”." })).toBeVisible();
  await expect(
    page.getByRole("combobox", { name: "Story" }).getByRole("option", { name: "Bus lanes" }),
  ).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bus lanes" })).toBeVisible();
});

test("several files at once make one version each: text, Markdown and HTML (scripts dropped)", async ({
  page,
}) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openNewComparison(page);
  await dialog(page).getByLabel("Title").fill("Files");
  const html = `<html><head><script>alert("boom")</script><style>p{color:red}</style></head><body>
    <nav>Home · World · Sport</nav><article><h1>Council votes on lanes</h1>
    <p>The council approved two bus lanes on Tuesday after a long debate about traffic.</p>
    <p onclick="alert(2)">Buses will run every five minutes, officials said.<img src=x onerror="alert(3)"></p>
    <p><a href="javascript:alert(4)">More</a> details follow next week.</p></article></body></html>`;
  await page.getByLabel("Choose files").setInputFiles([
    { name: "draft.txt", mimeType: "text/plain", buffer: Buffer.from(FIRST) },
    {
      name: "notes.md",
      mimeType: "text/markdown",
      buffer: Buffer.from(`# Bus lanes\n\n${SECOND}`),
    },
    { name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) },
  ]);
  await dialog(page).getByRole("button", { name: "Check page" }).click();
  await expect(dialog(page).getByLabel("Text of page")).toHaveValue(/approved two bus lanes/);
  await expect(dialog(page).getByLabel("Text of page")).not.toHaveValue(/alert|Sport/);
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.getByRole("article", { name: "page" })).toContainText(
    "Buses will run every five minutes",
  );
  expect(dialogs).toBe(0);
});

test("pasted HTML stays text: nothing runs", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await openNewComparison(page);
  const hostile = `<script>alert("x")</script> <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">link</a> The council met.`;
  await dialog(page).getByLabel("Version 1 text").fill(hostile);
  await dialog(page).getByLabel("Version 2 text").fill("The council met on Tuesday.");
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  const column = page.getByRole("article", { name: "Version 1" });
  await expect(column).toContainText('<script>alert("x")</script>');
  await expect(column).toContainText('onerror="alert(1)"');
  await expect(column.getByRole("img")).toHaveCount(0);
  await expect(column.getByRole("link")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("bad input gets a clear message and changes nothing", async ({ page }) => {
  await openNewComparison(page);
  const picker = page.getByLabel("Choose files");
  const alert = dialog(page).getByRole("alert");
  await picker.setInputFiles([
    {
      name: "photo.png",
      mimeType: "image/png",
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    },
  ]);
  await expect(alert).toContainText("photo.png is not a file Parallax reads");
  await picker.setInputFiles([
    { name: "data.txt", mimeType: "text/plain", buffer: Buffer.from([0x41, 0x00, 0x42]) },
  ]);
  await expect(alert).toContainText("data.txt looks like a binary file");
  await picker.setInputFiles([
    { name: "big.txt", mimeType: "text/plain", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x61) },
  ]);
  await expect(alert).toContainText("big.txt is 5.0 MB; the limit is 5 MB per file.");
  const broken = JSON.stringify({ id: "x", title: "X", versions: [{ id: "a", label: "A" }] });
  await picker.setInputFiles([
    { name: "story.json", mimeType: "application/json", buffer: Buffer.from(broken) },
  ]);
  await expect(alert).toContainText("story.json is not a Parallax story:");
  await expect(alert).toContainText("versions[0].blocks is missing");
  await dialog(page).getByLabel("Version 1 text").fill("Only one version has text.");
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  await expect(alert).toContainText("Version 2 is empty.");
  await dialog(page).getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("combobox", { name: "Story" })).toHaveCount(0);
});

test("a story exported as JSON imports back identical", async ({ page }) => {
  await openNewComparison(page);
  await pasteTwo(page, "Round trip");
  await expect(page.getByRole("article")).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const exported = await readFile((await download.path())!, "utf8");
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Round trip" })).toHaveCount(0);

  await page.getByRole("button", { name: "New comparison" }).click();
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      { name: "round-trip.json", mimeType: "application/json", buffer: Buffer.from(exported) },
    ]);
  await expect(page.getByRole("heading", { level: 1, name: "Round trip" })).toBeVisible();
  const [again] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  expect(await readFile((await again.path())!, "utf8")).toBe(exported);
});

test("a saved story can be renamed, and a failed import leaves it untouched", async ({ page }) => {
  await openNewComparison(page);
  await pasteTwo(page, "Lanes");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New title").fill("Bus lanes, final");
  await page.getByRole("button", { name: "Save title" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bus lanes, final" })).toBeVisible();

  await page.getByRole("button", { name: "New comparison" }).click();
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      { name: "bad.json", mimeType: "application/json", buffer: Buffer.from("{ not json") },
    ]);
  await expect(dialog(page).getByRole("alert")).toContainText("bad.json is not valid JSON");
  await dialog(page).getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bus lanes, final" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
});

test("files can be dropped on the form", async ({ page }) => {
  await openNewComparison(page);
  const transfer = await page.evaluateHandle(
    ([first, second]) => {
      const data = new DataTransfer();
      data.items.add(new File([first!], "one.txt", { type: "text/plain" }));
      data.items.add(new File([second!], "two.txt", { type: "text/plain" }));
      return data;
    },
    [FIRST, SECOND],
  );
  await dialog(page)
    .getByText("or drop them here")
    .dispatchEvent("drop", { dataTransfer: transfer });
  const picked = dialog(page).getByRole("region", { name: "2 files picked" }).getByRole("listitem");
  await expect(picked).toHaveCount(2);
  await dialog(page).getByRole("button", { name: "Check one" }).click();
  await expect(dialog(page).getByLabel("Text of one")).toHaveValue(FIRST);
  await dialog(page).getByRole("button", { name: "Check two" }).click();
  await expect(dialog(page).getByLabel("Text of two")).toHaveValue(SECOND);
});

test("lines that look like page furniture are listed before they are left out, and can be kept", async ({
  page,
}) => {
  await openNewComparison(page);
  await dialog(page).getByLabel("Title").fill("Furniture");
  await dialog(page)
    .getByLabel("Version 1 text")
    .fill(`${FIRST}\nAdvertisement\nShare this\nTopics: the council spent two hours on roads.`);
  await dialog(page).getByLabel("Version 2 text").fill(SECOND);
  const summary = dialog(page).getByText(
    "2 lines look like page furniture or wire markup and will be left out",
  );
  await expect(summary).toBeVisible();
  await summary.click();
  await dialog(page)
    .getByRole("checkbox", { name: /^Keep “Advertisement”/ })
    .check();
  await expect(
    dialog(page).getByText("1 line looks like page furniture or wire markup and will be left out"),
  ).toBeVisible();
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  const column = page.getByRole("article").first();
  await expect(highlightsStatus(page)).toBeVisible();
  await expect(column).toContainText("Advertisement");
  await expect(column).toContainText("Topics: the council spent two hours on roads.");
  await expect(column).not.toContainText("Share this");
});
