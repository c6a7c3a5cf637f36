import { expect, test } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./support/bundled-story.ts";
import { manyVersions } from "./support/many-versions.ts";

test("a long comparison shows its progress and can be cancelled, then run again", async ({
  page,
}) => {
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 120) }),
  );
  await page.goto("/");
  const bar = page.getByRole("progressbar", { name: "Comparing the versions" });
  await expect(bar).toBeVisible();
  await expect
    .poll(async () => Number(await bar.getAttribute("aria-valuenow")), { timeout: 20_000 })
    .toBeGreaterThan(0);
  // The page stays usable while the engine works: the columns scroll and read.
  await expect(page.getByRole("article", { name: "Copy 1", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Comparison cancelled" });
  await expect(alert).toBeVisible();
  await expect(bar).toHaveCount(0);
  await alert.getByRole("button", { name: "Compare again" }).click();
  await expect(bar).toBeVisible();
});

test("a big story shows what is shared word for word first, then the rest", async ({ page }) => {
  test.setTimeout(90_000);
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 200) }),
  );
  await page.goto("/");
  const status = page.getByRole("status");
  // The preview: word-for-word sharing only, while the progress bar carries on.
  await expect(status).toHaveText(/^\d+ passages shared word for word so far; still matching/, {
    timeout: 30_000,
  });
  await expect(page.getByRole("progressbar", { name: "Comparing the versions" })).toBeVisible();
  // While it is a preview, columns claim no share of unique words (read at one instant, so the
  // full result cannot slip in between the two reads).
  const during = await page.evaluate(() => ({
    status: document.querySelector("[role=status]")?.textContent ?? "",
    header: document.querySelector("article header")?.textContent ?? "",
  }));
  if (during.status.includes("so far")) expect(during.header).not.toContain("unique");
  // Then the whole comparison replaces it.
  await expect(status).toHaveText(/^\d+ of \d+ passages highlighted$/, { timeout: 60_000 });
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(page.getByRole("article").first()).toContainText(/\d+% unique/);
});
