import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { BUNDLED_STORY, BUNDLED_STORY_URL } from "./support/bundled-story.ts";
import { highlightsStatus } from "./support/highlights.ts";
import { manyVersions } from "./support/many-versions.ts";
import { passageDescribed } from "./support/passages.ts";

/** The reading view's parts working together, as a reader's eyes would check them. */

const column = (page: Page, label: string) => page.getByRole("article", { name: label });
const details = (page: Page) => page.getByRole("complementary", { name: "Passage details" });

async function openReader(page: Page, query = "") {
  await page.goto(`/${query}`);
  await expect(highlightsStatus(page)).toBeVisible();
}

/** The screen-reader descriptions of every passage in a column. */
function descriptionsIn(columnLocator: Locator): Promise<string[]> {
  return columnLocator.getByRole("button").evaluateAll((elements) =>
    elements
      .filter((element) => element.hasAttribute("data-passage"))
      .map((element) => {
        const id = element.getAttribute("aria-describedby") ?? "";
        return document.getElementById(id)?.textContent ?? "";
      }),
  );
}

test("with two versions shown, shared and unique describe those two alone", async ({ page }) => {
  await openReader(page, "?v=a,d");
  await expect(page.getByRole("article")).toHaveCount(2);
  const descriptions = await descriptionsIn(column(page, "Version D"));
  expect(descriptions.length).toBeGreaterThan(0);
  for (const description of descriptions)
    expect(description).toMatch(
      /^(shared with Version A, (word for word|reworded)(, linked by you)?|not found in the other versions)$/,
    );
  expect(descriptions).toContain("not found in the other versions");
  const sharedBy = page.getByRole("combobox", { name: "Shared by at least" });
  await expect(sharedBy.locator("option:checked")).toHaveText("2 of 2 shown");
  await expect(page.getByText("2 of 5 versions shown").first()).toBeVisible();

  const passage = await passageDescribed(column(page, "Version D"), /^shared with Version A/);
  await passage.click();
  await expect(details(page)).toContainText("told by 2 of 2 versions shown");
  await expect(details(page).getByRole("heading", { name: /^Also in / })).toHaveText(
    "Also in Version A",
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

/** What a reader sees of an outline: its style and colour ("none" when there is none). */
function outlineOf(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return style.outlineStyle === "none" || style.outlineWidth === "0px"
      ? "none"
      : `${style.outlineStyle} ${style.outlineColor}`;
  });
}

test("the selected claim stays outlined in every column, in its own colour, after a click, Show in, and a reload", async ({
  page,
}) => {
  await openReader(page);
  const clicked = await passageDescribed(
    column(page, "Version A"),
    /^shared with .+ and .+, reworded$/,
  );
  await clicked.click();
  // With the pointer still on it, the clicked passage keeps the selection's colour.
  const selectedColour = await outlineOf(clicked);
  expect(selectedColour).not.toBe("none");
  const panel = details(page);
  const show = panel.getByRole("button", { name: /^Show in Version [B-E]$/ }).first();
  const label = (await show.textContent())!.replace(/^Show in /, "");

  // The panel was scrolled down; showing another passage brings its header back into view.
  await panel.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await show.click();
  const chosen = column(page, label).getByRole("button", { pressed: true });
  await expect(chosen).toBeFocused();
  await expect(chosen).toBeInViewport();
  await expect(panel.getByRole("heading", { name: "Passage details" })).toBeInViewport();
  expect(await panel.evaluate((element) => element.scrollTop)).toBe(0);
  // The passage first clicked is now a counterpart: still outlined, in the other colour.
  const asCounterpart = await outlineOf(clicked);
  expect(asCounterpart).not.toBe("none");
  expect(asCounterpart).not.toBe(await outlineOf(chosen));
  expect(await outlineOf(chosen)).toBe(selectedColour);

  for (const reopen of [() => page.reload(), () => page.goBack().then(() => page.goForward())]) {
    await reopen();
    await expect(highlightsStatus(page)).toBeVisible();
    const again = column(page, label).getByRole("button", { pressed: true });
    await expect(again).toBeVisible();
    await expect.poll(() => outlineOf(again)).toBe(selectedColour);
    await expect.poll(() => outlineOf(clicked)).toBe(asCounterpart);
  }
});

/** How much of an element the viewport shows, in CSS pixels of height. */
async function visibleHeight(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
  });
}

test.describe("the overview never hides the story", () => {
  async function openOverview(page: Page) {
    await openReader(page);
    const toggle = page.getByRole("button", { name: /^Overview/ });
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    // Open, it leaves the columns a readable height.
    expect(await visibleHeight(column(page, "Version A"))).toBeGreaterThan(150);
    return toggle;
  }

  test("choosing two versions to compare closes it and lands on them", async ({ page }) => {
    const toggle = await openOverview(page);
    await page
      .getByRole("button", { name: /of Version B is also in Version D: compare these two$/ })
      .click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("article")).toHaveCount(2);
    await expect(column(page, "Version B")).toBeFocused();
    expect(await visibleHeight(column(page, "Version B"))).toBeGreaterThan(300);
    expect(await visibleHeight(column(page, "Version D"))).toBeGreaterThan(300);
  });

  test("choosing a theme in a version closes it and lands on that version", async ({ page }) => {
    const toggle = await openOverview(page);
    await page
      .getByRole("button", { name: /^Version C: \d+ passages? about / })
      .first()
      .click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByRole("article")).toHaveCount(1);
    await expect(column(page, "Version C")).toBeFocused();
    expect(await visibleHeight(column(page, "Version C"))).toBeGreaterThan(300);
  });

  test("choosing a left-out claim closes it and lands on the passage", async ({ page }) => {
    const toggle = await openOverview(page);
    await page
      .getByLabel("What others say and this version leaves out")
      .selectOption({ label: "Version E" });
    await page
      .getByRole("list", { name: "Left out of Version E" })
      .getByRole("button")
      .first()
      .click();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    const chosen = page.getByRole("button", { pressed: true });
    await expect(chosen).toBeFocused();
    await expect(chosen).toBeInViewport();
    await expect(details(page)).toBeVisible();
  });
});

test("the details panel makes room: the selection and the column beside it show whole, uncovered", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openReader(page);
  const passage = await passageDescribed(column(page, "Version A"), /^shared with Version B/);
  await passage.click();
  const panel = await details(page).boundingBox();
  expect(panel).not.toBeNull();
  for (const label of ["Version A", "Version B"]) {
    const box = (await column(page, label).boundingBox())!;
    expect(box.x, `${label} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label} ends before the panel`).toBeLessThanOrEqual(panel!.x);
  }
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the legend shows without opening the filters, and opening them keeps the column tall", async ({
    page,
  }) => {
    await openReader(page);
    await expect(page.getByRole("list", { name: "Legend" })).toBeInViewport();
    await page.getByRole("button", { name: "Filters and themes" }).click();
    await expect(page.getByRole("combobox", { name: "Matching" })).toBeVisible();
    const height = (await column(page, "Version A").boundingBox())!.height;
    expect(height).toBeGreaterThan(844 * 0.5);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test("a selected passage stays in sight above the details sheet, even after a reload", async ({
    page,
  }) => {
    await openReader(page);
    const a = column(page, "Version A");
    await a.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
    const passages = a.locator("[data-passage-start]");
    // A passage in the lower half of the column, where the sheet will rise.
    const lower = await passages.evaluateAll((elements) =>
      elements.findIndex((e) => e.getBoundingClientRect().top > innerHeight * 0.6),
    );
    expect(lower).toBeGreaterThanOrEqual(0);
    await passages.nth(lower).click();
    for (const reopen of [async () => {}, () => page.reload()]) {
      await reopen();
      const sheet = details(page);
      await expect(sheet).toBeVisible();
      const chosen = column(page, "Version A").getByRole("button", { pressed: true });
      await expect(chosen).toBeInViewport();
      await expect
        .poll(async () => (await chosen.boundingBox())!.y)
        .toBeLessThan((await sheet.boundingBox())!.y - 20);
    }
  });

  test("tabs that do not fit say there are more, and lead to them", async ({ page }) => {
    await openReader(page);
    const last = page.getByRole("tab", { name: "Version E" });
    await expect(last).not.toBeInViewport({ ratio: 0.9 });
    await page.getByRole("button", { name: "More versions" }).click();
    await expect(last).toBeInViewport({ ratio: 0.9 });
    await expect(page.getByRole("button", { name: "Earlier versions" })).toBeVisible();
  });

  test("the overview's tables stay inside the screen, scrolling sideways when wide", async ({
    page,
  }) => {
    await openReader(page);
    await page.getByRole("button", { name: "Filters and themes" }).click();
    await page.getByRole("button", { name: /^Overview/ }).click();
    // Each table's description wraps to the screen; a table wider than the
    // screen scrolls inside its section, and says there is more.
    for (const name of ["Similarity", "Theme coverage"]) {
      const section = page.getByRole("region", { name });
      await section.scrollIntoViewIfNeeded();
      const bounds = (await section.boundingBox())!;
      const description = section.getByText(/Choose a cell/);
      const box = (await description.boundingBox())!;
      expect(box.x + box.width, `${name}: its description ends on screen`).toBeLessThanOrEqual(
        Math.min(390, bounds.x + bounds.width),
      );
      const table = section.getByRole("table");
      const wider = await table.evaluate(
        (element) => element.parentElement!.scrollWidth > element.parentElement!.clientWidth,
      );
      if (wider)
        await expect(section.getByText("More to the right: scroll sideways")).toBeVisible();
      const rowHeader = table.getByRole("rowheader").first();
      await table.evaluate((element) => element.parentElement!.scrollTo({ left: 10_000 }));
      await expect(rowHeader).toBeInViewport();
    }
  });
});

test("nothing moves under the reader when the comparison arrives: the controls' room is kept", async ({
  page,
}) => {
  // Layout shifts, as Chromium reports them, from the first paint on.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  // A story big enough that the comparison takes a while after the columns are drawn.
  await page.route(BUNDLED_STORY_URL, (route) =>
    route.fulfill({ json: manyVersions(BUNDLED_STORY, 30) }),
  );
  await page.goto("/");
  const first = page.getByRole("article", { name: "Copy 1", exact: true });
  await expect(first).toBeVisible();
  const before = (await first.boundingBox())!.y;
  await expect(highlightsStatus(page)).toBeVisible({ timeout: 30_000 });
  const after = (await first.boundingBox())!.y;
  expect(Math.abs(after - before), "the first column's top moved").toBeLessThanOrEqual(2);
  const total = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
  expect(total, "cumulative layout shift").toBeLessThan(0.05);
});

test("on paper, the filters are stated and what the theme filter leaves out is said in words", async ({
  page,
}) => {
  await openReader(page, "?themes=canada&show=shared");
  await page.emulateMedia({ media: "print" });
  const statement = page.locator("p", { hasText: /^Printed with: / });
  await expect(statement).toBeVisible();
  await expect(statement).toContainText("only shared passages highlighted");
  await expect(statement).toContainText("only passages about Canada’s role");
  await expect(
    page.getByText(/^\[\d+ passages? not about the chosen themes left out here\]$/).first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /passages? hidden$/ }).first()).toBeHidden();
});

test("sync scrolling lines up the same claim across columns, and is kept on reload", async ({
  page,
}) => {
  await openReader(page);
  await page.getByRole("checkbox", { name: "Sync scrolling" }).check();
  await expect(page).toHaveURL(/sync=true/);
  // A claim that A and B both tell, told in the middle of B (so B can scroll to it):
  // bring it near the top of A; B follows, with its telling level with A's.
  const group = await page.evaluate(() => {
    const [left, right] = [...document.querySelectorAll("article")] as HTMLElement[];
    const middle = (element: HTMLElement, column: HTMLElement) => {
      const share = element.offsetTop / column.scrollHeight;
      return share > 0.3 && share < 0.7;
    };
    const anchor = [...left!.querySelectorAll<HTMLElement>("[data-group]")].find((p) => {
      const match = right!.querySelector<HTMLElement>(`[data-group="${p.dataset.group}"]`);
      return match !== null && middle(match, right!) && middle(p, left!);
    })!;
    const top = anchor.getBoundingClientRect().top - left!.getBoundingClientRect().top;
    left!.scrollBy({ top: top - 120 });
    return anchor.dataset.group!;
  });
  const gap = () =>
    page.evaluate((id) => {
      const [left, right] = [...document.querySelectorAll("article")];
      const level = (column: Element) =>
        column.querySelector(`[data-group="${id}"]`)!.getBoundingClientRect().top -
        column.getBoundingClientRect().top;
      return Math.abs(level(left!) - level(right!));
    }, group);
  await expect.poll(gap).toBeLessThan(4);
  await page.reload();
  await expect(highlightsStatus(page)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Sync scrolling" })).toBeChecked();
});

test("in dark mode the similarity table's shading tells a low share from a high one", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openReader(page);
  await page.getByRole("button", { name: /^Overview/ }).click();
  const table = page.getByRole("table", { name: /^Share of each row/ });
  // The lightness each cell shows, as painted over the panel (alpha included).
  const lightness = await table.getByRole("button").evaluateAll((cells) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d", { willReadFrequently: true })!;
    const panel = getComputedStyle(cells[0]!.closest("section")!.parentElement!).backgroundColor;
    return cells.map((cell) => {
      context.fillStyle = panel;
      context.fillRect(0, 0, 1, 1);
      context.fillStyle = getComputedStyle(cell).backgroundColor;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      const share = Number(cell.textContent!.replace("%", ""));
      return { share, value: (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255 };
    });
  });
  const sorted = [...lightness].sort((p, q) => p.share - q.share);
  const low = sorted[0]!;
  const high = sorted.at(-1)!;
  expect(high.share - low.share).toBeGreaterThan(20);
  // At least a quarter of the scale apart, where it was barely a tenth.
  expect(Math.abs(high.value - low.value)).toBeGreaterThan(0.12);
  expect((await new AxeBuilder({ page }).include("table").analyze()).violations).toEqual([]);
});

test("the row's count says how many versions are shown, and a theme chosen in the overview closes details of a hidden version", async ({
  page,
}) => {
  test.slow(); // a whole-page axe run with the overview open: slow on a busy machine
  await openReader(page, "?v=a,b,c,d");
  await expect(page.getByText("4 of 5 versions shown", { exact: true })).toBeVisible();

  const passage = await passageDescribed(column(page, "Version B"), /^shared with /);
  await passage.click();
  await expect(details(page)).toBeVisible();
  await page.getByRole("button", { name: /^Overview/ }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page
    .getByRole("button", { name: /^Version C: \d+ passages? about / })
    .first()
    .click();
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(details(page)).toHaveCount(0);
});
