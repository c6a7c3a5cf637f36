import { expect, test } from "@playwright/test";

test("? shows the keyboard shortcuts, Escape closes them", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article", { name: "Version A" })).toBeVisible();
  await page.keyboard.press("?");
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Next passage in the column");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("the colour scheme follows the system and can be switched, and the choice is kept", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  const toggle = page.getByRole("button", { name: /^Colour scheme:/ });
  await expect(toggle).toHaveAccessibleName("Colour scheme: system");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Colour scheme: light");
  await toggle.click();
  await expect(toggle).toHaveAccessibleName("Colour scheme: dark");
  await expect.poll(background).not.toBe(light);
  await page.reload();
  await expect(page.getByRole("button", { name: "Colour scheme: dark" })).toBeVisible();
  await expect.poll(background).not.toBe(light);
});

test.describe("overview", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("the similarity table compares two versions at a click, and the URL keeps it", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(
      page.getByRole("status").filter({ hasText: /passages highlighted/ }),
    ).toBeVisible();
    await page.getByRole("button", { name: /^Overview/ }).click();
    const table = page.getByRole("table");
    await expect(table.getByRole("columnheader", { name: "Version C" })).toBeVisible();
    await table
      .getByRole("button", { name: /of Version A is also in Version C: compare these two$/ })
      .click();
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(page.getByRole("article").nth(0)).toHaveAccessibleName("Version A");
    await expect(page.getByRole("article").nth(1)).toHaveAccessibleName("Version C");
    await expect(page).toHaveURL(/v=a,c/);
    await page.reload();
    await expect(page.getByRole("article")).toHaveCount(2);
  });

  test("versions can be hidden and reordered", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: /^Overview/ }).click();
    await page.getByRole("checkbox", { name: "Version B" }).uncheck();
    await expect(page.getByRole("article")).toHaveCount(4);
    await expect(page.getByRole("article", { name: "Version B" })).toHaveCount(0);
    await page.getByRole("button", { name: "Move Version C earlier" }).click();
    await expect(page.getByRole("article").nth(0)).toHaveAccessibleName("Version C");
    await expect(page.getByRole("article").nth(1)).toHaveAccessibleName("Version A");
    await page.getByRole("checkbox", { name: "Version B" }).check();
    await expect(page.getByRole("article").nth(4)).toHaveAccessibleName("Version B");
  });
});
