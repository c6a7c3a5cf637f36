import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Passages of the bundled story whose standing the engine decides
// deterministically (see docs/quality.md): one told by every version in
// other words, one only Version A says.
const SHARED =
  "Participants also discussed humanitarian access, reconstruction planning, and accountability mechanisms,’";
const UNIQUE =
  "Canada is said to have underlined its continued backing for Ukraine, both militarily and politically,";

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.getByRole("status").filter({ hasText: /passages highlighted/ })).toBeVisible();
}

const versionA = (page: Page) => page.getByRole("article", { name: "Version A" });
const details = (page: Page) => page.getByRole("complementary", { name: "Passage details" });

test("a shared passage says who shares it, and selecting it shows its counterparts and their differences", async ({
  page,
}) => {
  await openReader(page);
  const passage = versionA(page).getByRole("button", { name: SHARED });
  await expect(passage).toHaveAccessibleDescription(
    /^shared with Version B, Version C, Version D and Version E, reworded$/,
  );
  await passage.click();
  await expect(passage).toHaveAttribute("aria-pressed", "true");
  const panel = details(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("told by 5 of 5 versions");
  for (const label of ["Version B", "Version C", "Version D", "Version E"]) {
    await expect(panel.getByRole("heading", { level: 4, name: label })).toBeVisible();
  }
  await expect(panel.getByRole("deletion").first()).toBeVisible();
  await expect(panel.getByRole("insertion").first()).toBeVisible();
});

test("a unique passage says so and shows no counterparts", async ({ page }) => {
  await openReader(page);
  const passage = versionA(page).getByRole("button", { name: UNIQUE });
  await expect(passage).toHaveAccessibleDescription("only this version says this");
  await passage.click();
  await expect(details(page)).toContainText("only this version says this");
  await expect(details(page)).toContainText("No other version says this.");
  await expect(details(page).getByRole("heading", { level: 4 })).toHaveCount(0);
});

test("the show and shared-by filters change what is highlighted", async ({ page }) => {
  await openReader(page);
  const status = page.getByRole("status").filter({ hasText: /passages highlighted/ });
  const count = async () => Number((await status.textContent())!.match(/^(\d+)/)![1]);
  const all = await count();
  await page.getByRole("radio", { name: "Unique" }).check();
  await expect(status).not.toHaveText(new RegExp(`^${all} `));
  const unique = await count();
  await page.getByRole("radio", { name: "Shared" }).check();
  await expect.poll(count).toBe(all - unique);
  const shared = await count();
  await page.getByLabel("Shared by at least").selectOption("5");
  await expect.poll(count).toBeLessThan(shared);
  await expect(page).toHaveURL(/show=shared/);
  await expect(page).toHaveURL(/k=5/);
});

test("passages can be read by keyboard: j and k move, Enter selects, Escape closes", async ({
  page,
}) => {
  await openReader(page);
  await versionA(page).focus();
  await page.keyboard.press("j");
  const first = versionA(page).getByRole("button").first();
  await expect(first).toBeFocused();
  await page.keyboard.press("j");
  await expect(versionA(page).getByRole("button").nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(details(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(details(page)).toHaveCount(0);
});

test("the selection lives in the URL: reload restores it, back clears it", async ({ page }) => {
  await openReader(page);
  await versionA(page).getByRole("button", { name: SHARED }).click();
  await expect(page).toHaveURL(/sel=a%3A|sel=a:/);
  await page.reload();
  await expect(details(page)).toBeVisible();
  await expect(versionA(page).getByRole("button", { name: SHARED })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.goBack();
  await expect(details(page)).toHaveCount(0);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("following a counterpart switches to its version", async ({ page }) => {
    await openReader(page);
    await versionA(page).getByRole("button", { name: SHARED }).click();
    await details(page).getByRole("button", { name: "Show in Version C" }).click();
    await expect(page.getByRole("tab", { name: "Version C" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await expect(page.getByRole("article", { name: "Version C" })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`highlights and details have no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openReader(page);
    await versionA(page).getByRole("button", { name: SHARED }).click();
    await expect(details(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  });
}
