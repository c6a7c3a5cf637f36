import { expect, test } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./support/bundled-story.ts";

// A story of many versions, so the engine works long enough to watch:
// the bundled versions again and again, each copy with its blocks rotated.
function manyVersions(count: number) {
  return {
    ...BUNDLED_STORY,
    versions: Array.from({ length: count }, (_, i) => {
      const source = BUNDLED_STORY.versions[i % BUNDLED_STORY.versions.length]!;
      const shift = Math.floor(i / BUNDLED_STORY.versions.length) % source.blocks.length;
      return {
        id: `v${i + 1}`,
        label: `Copy ${i + 1}`,
        blocks: [...source.blocks.slice(shift), ...source.blocks.slice(0, shift)],
      };
    }),
  };
}

test("a long comparison shows its progress and can be cancelled, then run again", async ({
  page,
}) => {
  await page.route(BUNDLED_STORY_URL, (route) => route.fulfill({ json: manyVersions(120) }));
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
