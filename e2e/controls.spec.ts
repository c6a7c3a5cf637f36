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
