import { expect, test, type Page } from "@playwright/test";
import { HAND_WRITTEN_STORY } from "./support/extra-story.ts";

const dialog = (page: Page) => page.getByRole("dialog", { name: "New comparison" });
const storyPicker = (page: Page) => page.getByRole("combobox", { name: "Story" });
const picked = (page: Page) =>
  dialog(page)
    .getByRole("region", { name: /files? picked/ })
    .getByRole("listitem");
// A picked file's text as read, shown by its "Check" button.
async function checkFile(page: Page, label: string) {
  await dialog(page)
    .getByRole("button", { name: `Check ${label}` })
    .click();
  return dialog(page).getByLabel(`Text of ${label}`);
}

async function openNewComparison(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "New comparison" }).click();
  await expect(dialog(page)).toBeVisible();
}

const FIRST = "The city council approved two new bus lanes on Tuesday by a vote of 7 to 2.";
const SECOND = "Councillors voted 7–2 on Tuesday to create two bus lanes across the centre.";

// ASCII, the same in UTF-8 and Windows-1252.
const PLAIN = "Councillors voted on Tuesday to create two bus lanes across the centre.";

const text = (name: string, body: string | Buffer) => ({
  name,
  mimeType: "text/plain",
  buffer: typeof body === "string" ? Buffer.from(body) : body,
});
const storyFile = (name: string, story: object) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(story)),
});

test("a mixed pick imports the texts as versions, saves the story and names the refused file", async ({
  page,
}) => {
  await openNewComparison(page);
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      text("good.txt", FIRST),
      storyFile("story.json", HAND_WRITTEN_STORY),
      { name: "bad.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
      text("other.txt", SECOND),
    ]);
  await expect(dialog(page).getByRole("alert")).toHaveText(
    "bad.pdf is not a file Parallax reads: choose .txt, .md, .html or .json files.",
  );
  await expect(dialog(page).getByRole("status")).toContainText(
    `Saved to your stories: “${HAND_WRITTEN_STORY.title}”.`,
  );
  await expect(picked(page)).toHaveCount(2);
  await expect(picked(page).nth(0)).toContainText(/^good.* 17 words/);
  await expect(picked(page).nth(1)).toContainText(/^other.* 14 words/);
  await expect(await checkFile(page, "good")).toHaveValue(FIRST);
  // Files replace the two empty text areas the dialog opened with.
  await expect(dialog(page).getByLabel("Version 1 text")).toHaveCount(0);

  await dialog(page).getByLabel("Title").fill("Two texts");
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two texts" })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(
    storyPicker(page).getByRole("option", { name: HAND_WRITTEN_STORY.title }),
  ).toHaveCount(1);
});

test("several stories in one pick are each saved, and files of one name get unique labels", async ({
  page,
}) => {
  await openNewComparison(page);
  const titles = ["Lanes one", "Lanes two", "Lanes three"];
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      ...titles.map((title, i) => storyFile(`s${i}.json`, { ...HAND_WRITTEN_STORY, title })),
      text("notes.txt", FIRST),
      { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from(SECOND) },
    ]);
  await expect(dialog(page).getByRole("status")).toContainText(
    "Saved to your stories: “Lanes one”, “Lanes two”, “Lanes three”.",
  );
  await expect(dialog(page).getByRole("alert")).toHaveCount(0);
  await expect(picked(page)).toHaveCount(2);
  await expect(
    picked(page).nth(0).getByRole("button", { name: "Remove notes", exact: true }),
  ).toBeVisible();
  await expect(picked(page).nth(1).getByRole("button", { name: "Remove notes (2)" })).toBeVisible();
  for (const title of titles)
    await expect(storyPicker(page).getByRole("option", { name: title })).toHaveCount(1);
});

test("UTF-16 and Windows-1252 files are read as text, the guess noted on its version", async ({
  page,
}) => {
  await openNewComparison(page);
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`Café: ${FIRST}`, "utf16le"),
  ]);
  // "Café “bus” lanes" in Windows-1252: é = E9, curly quotes = 93 and 94.
  const cp1252 = Buffer.concat([
    Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x62, 0x75, 0x73, 0x94]),
    Buffer.from(` ${PLAIN}`),
  ]);
  await page
    .getByLabel("Choose files")
    .setInputFiles([text("notepad.txt", utf16), text("old.txt", cp1252)]);
  const first = await checkFile(page, "notepad");
  const second = await checkFile(page, "old");
  await expect(first).toHaveValue(`Café: ${FIRST}`);
  await expect(second).toHaveValue(`Café “bus” ${PLAIN}`);
  await expect(second).toHaveAccessibleDescription("Read as Windows-1252: check accented letters.");
  await expect(first).toHaveAccessibleDescription("");
  await expect(dialog(page).getByRole("alert")).toHaveCount(0);
});

test("an HTML page whose extraction drops most of its text says how much was kept", async ({
  page,
}) => {
  await openNewComparison(page);
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the report says the council weighed the bus lanes against parking for shops.</p>`;
  const lost = Array.from({ length: 11 }, (_, i) => paragraph(i + 1)).join("");
  const kept = Array.from({ length: 8 }, (_, i) => paragraph(i + 12)).join("");
  const html = `<html><body><div class="comment">${lost}</div><article>${kept}</article></body></html>`;
  await page
    .getByLabel("Choose files")
    .setInputFiles([{ name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) }]);
  await expect(picked(page)).toContainText(
    /Extracted the article: \d+ of 304 words of the page kept\./,
  );
  await expect(await checkFile(page, "page")).toHaveAccessibleDescription(
    /^Extracted the article: \d+ of 304 words of the page kept\./,
  );
});

test("story files over the limits are refused, each limit stated, all in one alert", async ({
  page,
}) => {
  await openNewComparison(page);
  const [version] = HAND_WRITTEN_STORY.versions as object[];
  const many = Array.from({ length: 201 }, (_, i) => ({ ...version, id: `v${i}` }));
  await page
    .getByLabel("Choose files")
    .setInputFiles([
      storyFile("many.json", { ...HAND_WRITTEN_STORY, versions: many }),
      storyFile("single.json", { ...HAND_WRITTEN_STORY, versions: [version] }),
    ]);
  const alert = dialog(page).getByRole("alert");
  await expect(alert.getByRole("listitem")).toHaveText([
    "many.json cannot be compared: a comparison holds at most 200 versions; this one has 201.",
    "single.json cannot be compared: a comparison needs at least 2 versions; this one has 1.",
  ]);
  await expect(dialog(page).getByRole("status")).toHaveText("");
  await expect(dialog(page).getByLabel("Version 1 text")).toHaveValue("");
  await dialog(page).getByRole("button", { name: "Cancel" }).click();
  await expect(storyPicker(page)).toHaveCount(0);
});
