import { expect, test } from "@playwright/test";
import { BUNDLED_STORY } from "./support/bundled-story.ts";
import { addHandWrittenStory, HAND_WRITTEN_STORY } from "./support/extra-story.ts";
import { highlightsStatus } from "./support/highlights.ts";

test("with one story there is no story picker", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
  await expect(page.getByRole("combobox", { name: "Story" })).toHaveCount(0);
});

test("a hand-written story listed in the index can be picked, and the URL keeps it", async ({
  page,
}) => {
  await addHandWrittenStory(page);
  await page.goto("/");
  const picker = page.getByRole("combobox", { name: "Story" });
  await expect(picker).toHaveValue(BUNDLED_STORY.id);

  await picker.selectOption({ label: HAND_WRITTEN_STORY.title });
  await expect(page).toHaveURL(new RegExp(`[?&]story=${HAND_WRITTEN_STORY.id}\\b`));
  await expect(
    page.getByRole("heading", { level: 1, name: HAND_WRITTEN_STORY.title }),
  ).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(HAND_WRITTEN_STORY.versions.length);
  const draft = page.getByRole("article", { name: "First draft" });
  await expect(draft.getByRole("heading", { level: 3, name: "What changes" })).toBeVisible();
  await expect(draft.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("article", { name: "Published" })).toContainText("7–2");

  await page.reload();
  await expect(
    page.getByRole("heading", { level: 1, name: HAND_WRITTEN_STORY.title }),
  ).toBeVisible();
  await expect(picker).toHaveValue(HAND_WRITTEN_STORY.id);

  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: BUNDLED_STORY.title })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
});

test("stories saved by an earlier release survive its storage upgrade", async ({ page }) => {
  // A database as the release before this one left it (version 2: stories, and cached results
  // without sizes), written from a page of the same origin that does not run the app.
  await page.goto("/data/index.json");
  await page.evaluate(
    (story) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("parallax", 2);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore("stories", { keyPath: "story.id" }).createIndex(
            "savedAt",
            "savedAt",
          );
          db.createObjectStore("comparisons", { keyPath: "key" }).createIndex("savedAt", "savedAt");
        };
        open.onsuccess = () => {
          const tx = open.result.transaction(["stories", "comparisons"], "readwrite");
          tx.objectStore("stories").put({ story, savedAt: 1 });
          tx.objectStore("comparisons").put({ key: "old", result: {}, savedAt: 1 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    HAND_WRITTEN_STORY,
  );
  await page.goto(`/?story=${HAND_WRITTEN_STORY.id}`);
  await expect(
    page.getByRole("heading", { level: 1, name: HAND_WRITTEN_STORY.title }),
  ).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(HAND_WRITTEN_STORY.versions.length);
  await expect(highlightsStatus(page)).toBeVisible();
  // The old cached result is gone, and the new one is stored with its size (the worker stores
  // it just after answering, so wait for it).
  const readCache = () =>
    page.evaluate(
      () =>
        new Promise<{ key: string; bytes?: number }[]>((resolve, reject) => {
          const open = indexedDB.open("parallax");
          open.onsuccess = () => {
            const all = open.result.transaction("comparisons").objectStore("comparisons").getAll();
            all.onsuccess = () => {
              open.result.close();
              resolve(all.result.map(({ key, bytes }) => ({ key, bytes })));
            };
            all.onerror = () => reject(all.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
  await expect.poll(async () => (await readCache()).length).toBe(1);
  const [entry] = await readCache();
  expect(entry!.key).not.toBe("old");
  expect(entry!.bytes).toBeGreaterThan(0);
});
