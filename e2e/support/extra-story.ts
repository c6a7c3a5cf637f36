import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

/** A story written by hand following docs/data-format.md. */
export const HAND_WRITTEN_STORY = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../fixtures/hand-written-story.json", import.meta.url)),
    "utf8",
  ),
) as { id: string; title: string; versions: { id: string; label: string }[] };

/**
 * Serves the app's real index with one more entry, and the hand-written
 * file at the path the entry names: what a person sees after adding a
 * story file to the served data folder, without rebuilding.
 */
export async function addHandWrittenStory(page: Page): Promise<void> {
  const path = `stories/${HAND_WRITTEN_STORY.id}.json`;
  await page.route("**/data/index.json", async (route) => {
    const response = await route.fetch();
    const index = (await response.json()) as { stories: unknown[] };
    index.stories.push({ id: HAND_WRITTEN_STORY.id, title: HAND_WRITTEN_STORY.title, path });
    await route.fulfill({ response, json: index });
  });
  await page.route(`**/data/${path}`, (route) =>
    route.fulfill({
      path: fileURLToPath(new URL("../fixtures/hand-written-story.json", import.meta.url)),
    }),
  );
}
