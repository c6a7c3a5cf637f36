import { expect, test } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_FILE, BUNDLED_STORY_URL } from "./support/bundled-story.ts";

test("a story file that is not valid JSON shows what is wrong, and Retry recovers", async ({
  page,
}) => {
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ contentType: "application/json", body: '{"id": "allied-' }),
  );
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { name: "Could not open this story" })).toBeVisible();
  await expect(alert).toContainText(`${BUNDLED_STORY_FILE} is not valid JSON`);

  await page.unroute(BUNDLED_STORY_URL);
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
});

test("a story file that breaks the format names the field", async ({ page }) => {
  const broken = structuredClone(BUNDLED_STORY) as { versions: Record<string, unknown>[] };
  delete broken.versions[2]!.blocks;
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ json: broken }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText(
    `${BUNDLED_STORY_FILE} does not match the data format: versions[2].blocks is missing`,
  );
  await expect(page.getByRole("article")).toHaveCount(0);
});

test("a missing story file says it was not found", async ({ page }) => {
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ status: 404, body: "Not found" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toContainText(`${BUNDLED_STORY_FILE} was not found (404)`);
  await expect(page.getByRole("button", { name: "Retry" })).toBeVisible();
});

test("a broken index says so", async ({ page }) => {
  await page.route("**/data/index.json", (route) => route.fulfill({ json: { stories: "none" } }));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(
    alert.getByRole("heading", { name: "Could not load the list of stories" }),
  ).toBeVisible();
  await expect(alert).toContainText(
    "data/index.json does not match the data format: stories must be a list of stories",
  );
});

test("an unknown story id in the URL offers the first story", async ({ page }) => {
  await page.goto("/?story=no-such-story");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("with the id “no-such-story”");
  await alert.getByRole("button", { name: "Open the first story" }).click();
  await expect(page.getByRole("article")).toHaveCount(BUNDLED_STORY.versions.length);
});
