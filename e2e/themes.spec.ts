import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(page.getByRole("group", { name: "Themes" })).toBeVisible();
  // The tests read the status line's count: the comparison must be drawn first.
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 30_000 });
}

const themeButton = (page: Page, name: RegExp) =>
  page.getByRole("group", { name: "Themes" }).getByRole("button", { name });

test("selecting a theme shows only its passages, keeps it in the URL, and clearing restores all", async ({
  page,
}) => {
  await openReader(page);
  const before = await highlightsStatus(page).textContent();
  const canada = themeButton(page, /^Canada’s role \d+$/);
  await expect(canada).toHaveAttribute("aria-pressed", "false");
  await canada.click();
  await expect(canada).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/themes=canada/);
  await expect(highlightsStatus(page)).not.toHaveText(before!);
  const hidden = page.getByRole("button", { name: /^\d+ passages? hidden$/ });
  await expect(hidden.first()).toBeVisible();
  await hidden.first().click();
  await expect(page.getByRole("button", { name: /again$/ }).first()).toHaveAttribute(
    "aria-expanded",
    "true",
  );

  await page.reload();
  await expect(themeButton(page, /^Canada’s role/)).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Clear themes" }).click();
  await expect(themeButton(page, /^Canada’s role/)).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("button", { name: /passages? hidden$/ })).toHaveCount(0);
  await expect(page).not.toHaveURL(/themes=/);
  await expect(highlightsStatus(page)).toHaveText(before!);
});

test("with two themes, any and all differ", async ({ page }) => {
  await openReader(page, "?themes=canada,sanctions");
  await expect(themeButton(page, /^Sanctions/)).toHaveAttribute("aria-pressed", "true");
  const count = async () =>
    Number((await highlightsStatus(page).textContent())!.match(/^(\d+)/)![1]);
  const any = await count();
  await page.getByRole("radio", { name: "all of them" }).check();
  await expect(page).toHaveURL(/match=all/);
  await expect.poll(count).toBeLessThan(any);
});

test("the coverage table agrees with the theme counts, and a cell filters to it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await openReader(page);
  const label = (await themeButton(page, /^Sovereignty and borders \d+$/).textContent())!;
  const total = Number(label.match(/(\d+)$/)![1]);
  await page.getByRole("button", { name: /^Overview/ }).click();
  const cells = page.getByRole("button", {
    name: /(passages? about|leaves out) Sovereignty and borders$/,
  });
  await expect(cells).toHaveCount(5);
  const names = await cells.evaluateAll((elements) =>
    elements.map((e) => e.getAttribute("aria-label") ?? ""),
  );
  const sum = names.reduce((s, name) => s + Number(name.match(/: (\d+) passages?/)?.[1] ?? 0), 0);
  expect(sum).toBe(total);
  await cells.nth(1).click();
  await expect(page).toHaveURL(/themes=sovereignty/);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article")).toHaveAccessibleName("Version B");
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`the theme filter and the theme editor have no axe violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openReader(page, "?themes=humanitarian");
    await expect(page.getByRole("button", { name: /passages? hidden$/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Edit themes" }).click();
    const editor = page.getByRole("dialog", { name: "Edit themes" });
    await editor.getByRole("textbox", { name: "Words and phrases" }).fill("generators");
    await expect(editor.getByText(/^Tags \d+ passages?/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a theme of one's own: added from keywords, previewed, filtered by, kept across reloads and exported", async ({
  page,
}) => {
  await openReader(page);
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Edit themes" }).click();
  const editor = page.getByRole("dialog", { name: "Edit themes" });
  await editor.getByRole("textbox", { name: "Theme name" }).fill("Power and generators");
  await editor.getByRole("textbox", { name: "Words and phrases" }).fill("generators, power grid");
  // The preview counts and quotes what it tags before anything is saved.
  const preview = editor.getByRole("list", { name: "Passages it tags" });
  await expect(preview.getByRole("listitem").first()).toContainText(/generators/i);
  await expect(editor.getByText(/^Tags \d+ passages? \(\d+%\) in \d+ versions?/)).toBeVisible();
  await editor.getByRole("button", { name: "Add theme" }).click();
  await expect(editor.getByRole("status")).toHaveText("Added “Power and generators”.");
  await expect(editor.getByRole("button", { name: "Edit “Power and generators”" })).toBeVisible();
  await editor.getByRole("button", { name: "Done" }).click();

  const mine = themeButton(page, /^Power and generators \d+$/);
  const count = Number((await mine.textContent())!.match(/(\d+)$/)![1]);
  expect(count).toBeGreaterThan(0);
  await mine.click();
  await expect(page).toHaveURL(/themes=own-power-and-generators/);
  await expect(highlightsStatus(page)).toHaveText(new RegExp(`^${count} of \\d+ passages`));
  // Its passages are lit and say so under their blocks; the rest fold away.
  await expect(page.getByRole("button", { name: /^\d+ passages? hidden$/ }).first()).toBeVisible();
  const lit = page.getByText(/generators/i).first();
  await expect(lit).toBeInViewport();

  await page.reload();
  await expect(themeButton(page, /^Power and generators \d+$/)).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const file = JSON.parse(
    Buffer.concat(await (await download.createReadStream()).toArray()).toString("utf8"),
  ) as { readerThemes?: { id: string; label: string; terms: string[] }[] };
  expect(file.readerThemes).toEqual([
    expect.objectContaining({
      id: "own-power-and-generators",
      label: "Power and generators",
      terms: ["generators", "power grid"],
    }),
  ]);

  // Edited later: its words change, and so do its passages.
  await page.getByRole("button", { name: "Edit themes" }).click();
  await editor.getByRole("button", { name: "Edit “Power and generators”" }).click();
  await editor.getByRole("textbox", { name: "Words and phrases" }).fill("zzzz-not-a-word");
  await expect(editor.getByText("Tags no passage yet.")).toBeVisible();
  await editor.getByRole("button", { name: "Save theme" }).click();
  await editor.getByRole("button", { name: "Done" }).click();
  await expect(themeButton(page, /^Power and generators 0$/)).toBeVisible();

  // The report states the filter in force by the theme's name.
  await page.getByRole("button", { name: /^Overview/ }).click();
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Report as Markdown" }).click(),
  ]);
  const markdown = Buffer.concat(await (await report.createReadStream()).toArray()).toString(
    "utf8",
  );
  expect(markdown).toContain("only passages about Power and generators");
});

test("a theme on most passages is reported in the editor", async ({ page }) => {
  await openReader(page);
  await page.getByRole("button", { name: "Edit themes" }).click();
  const editor = page.getByRole("dialog", { name: "Edit themes" });
  // Words nearly every passage has: a theme that would filter nothing.
  await editor.getByRole("textbox", { name: "Theme name" }).fill("Everything");
  await editor
    .getByRole("textbox", { name: "Words and phrases" })
    .fill("leaders, talks, war, peace, officials, Ukraine, European, allies, diplomatic");
  await expect(editor.getByText(/most of the story: it would filter little/)).toBeVisible();
  await editor.getByRole("button", { name: "Add theme" }).click();
  await expect(editor.getByText(/filtering by it hides little/)).toBeVisible();
});

test.describe("a story without curated themes", () => {
  test.beforeEach(async ({ page }) => {
    // The bundled story as a hand-added file would be: no themes.
    await page.route("**/data/stories/*.json", async (route) => {
      const response = await route.fetch();
      const story = (await response.json()) as Record<string, unknown>;
      delete story.themes;
      await route.fulfill({ response, json: story });
    });
  });

  test("the columns do not move when the suggested themes arrive after the highlights", async ({
    page,
  }) => {
    // Where the first column stands the moment highlights are first drawn, recorded in the page
    // as it happens: the themes may follow within milliseconds.
    await page.addInitScript(() => {
      const w = window as unknown as { topAtHighlights?: number };
      new MutationObserver(() => {
        if (w.topAtHighlights !== undefined) return;
        const status = [...document.querySelectorAll("[role=status]")].find((s) =>
          /passages highlighted$/.test(s.textContent ?? ""),
        );
        const column = document.querySelector("article");
        if (status && column) w.topAtHighlights = column.getBoundingClientRect().top;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto("/");
    await expect(
      page.getByRole("status").filter({ hasText: /passages highlighted$/ }),
    ).toBeVisible();
    const group = page.getByRole("group", { name: "Themes" });
    await expect.poll(() => group.getByRole("button").count()).toBeGreaterThanOrEqual(2);
    await expect(page.getByRole("button", { name: "Edit themes" })).toBeEnabled();
    const first = await page.evaluate(
      () => (window as unknown as { topAtHighlights?: number }).topAtHighlights,
    );
    const now = (await page.getByRole("article").first().boundingBox())!.y;
    expect(first).toBeDefined();
    expect(Math.abs(now - first!)).toBeLessThan(1);
  });

  test("gets suggested themes the reader can rename and delete, kept across reloads", async ({
    page,
  }) => {
    await page.goto("/");
    const group = page.getByRole("group", { name: "Themes" });
    await expect(group).toContainText("Suggested themes");
    const toggles = group.getByRole("button");
    await expect.poll(() => toggles.count()).toBeGreaterThanOrEqual(2);
    const firstLabel = (await toggles.first().textContent())!.replace(/\s*\d+$/, "");
    // What a person would write: no possessives, no words in capitals from a headline.
    for (const label of await toggles.allTextContents()) {
      expect(label).not.toMatch(/['’]s\b/);
      expect(label.replace(/\s*\d+$/, "")).not.toMatch(/^\p{Lu}{5,}$/u);
    }

    await page.getByRole("button", { name: "Edit themes" }).click();
    const editor = page.getByRole("dialog", { name: "Edit themes" });
    const name = editor.getByRole("textbox", { name: `Name of the theme “${firstLabel}”` });
    await name.fill("My thread");
    await name.blur();
    await editor.getByRole("button", { name: "Done" }).click();
    await expect(group.getByRole("button", { name: /^My thread \d+$/ })).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole("group", { name: "Themes" }).getByRole("button", { name: /^My thread \d+$/ }),
    ).toBeVisible();

    await page.getByRole("button", { name: "Edit themes" }).click();
    await editor.getByRole("button", { name: "Delete “My thread”" }).click();
    await editor.getByRole("button", { name: "Done" }).click();
    await expect(
      page.getByRole("group", { name: "Themes" }).getByRole("button", { name: /^My thread/ }),
    ).toHaveCount(0);
  });
});
