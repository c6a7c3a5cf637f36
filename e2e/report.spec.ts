import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { FACT_STORY, openFactStory } from "./support/fact-story.ts";
import { highlightsStatus } from "./support/highlights.ts";

test.use({ viewport: { width: 1400, height: 900 } });

/** The text of a download. */
async function read(download: Download): Promise<string> {
  const chunks = await (await download.createReadStream()).toArray();
  return Buffer.concat(chunks).toString("utf8");
}

/** Markdown sections by title: the count in the heading and the body. */
function sections(markdown: string) {
  const found = new Map<string, { count: number | null; body: string }>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split("\n");
    const match = /^(.*?)(?: \((\d+)\))?$/.exec(heading!)!;
    found.set(match[1]!, { count: match[2] ? Number(match[2]) : null, body: body.join("\n") });
  }
  return found;
}

/** Opens the overview once the fact check is in, and downloads a report from its summary. */
async function downloadReport(page: Page, name: "Report as Markdown" | "Report as HTML") {
  await page.getByRole("button", { name: /^Overview/ }).click();
  await page.getByRole("tab", { name: "Differences in facts" }).click();
  await expect(page.getByRole("tabpanel", { name: "Differences in facts" })).not.toContainText(
    "Checking facts",
  );
  await page.getByRole("tab", { name: "Summary" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name }).click(),
  ]);
  return download;
}

test("the report downloaded from the overview holds every section a fact-checker files", async ({
  page,
}) => {
  await openFactStory(page);
  const download = await downloadReport(page, "Report as Markdown");
  expect(download.suggestedFilename()).toBe(`${FACT_STORY.id}-report.md`);
  const markdown = await read(download);
  expect(markdown).toMatch(/^# Kelby quay repairs\n/);
  expect(markdown).toMatch(
    /made with Parallax on \d{4}-\d\d-\d\d at \d\d:\d\d UTC: 5 of 5 versions/,
  );
  const found = sections(markdown);
  expect([...found.keys()]).toEqual([
    "Versions",
    "View",
    "Similarity",
    "Shared claims",
    "Said by one version alone",
    "Left out",
    "Differences in facts",
    "Quotes",
    "Your corrections",
  ]);
  expect(found.get("Versions")!.count).toBe(5);
  expect(found.get("Versions")!.body).toContain(
    "**Version A** — Harbour Wire; by Jon Arne; published 2026-10-06 18:30; https://example.org/kelby-quay",
  );
  expect(found.get("View")!.body).toContain("**Strictness:** balanced");
  expect(found.get("View")!.body).toContain("**Fact check:** done");
  const shared = found.get("Shared claims")!;
  expect(shared.count).toBeGreaterThan(0);
  expect(shared.body.match(/^\d+\. /gm)).toHaveLength(shared.count!);
  expect(shared.body).toContain("Told by 5 of 5");
  const differences = found.get("Differences in facts")!;
  // The sum and the reworded quotation.
  expect(differences.count).toBe(2);
  expect(differences.body.match(/^\d+\. /gm)).toHaveLength(2);
  expect(differences.body).toContain(
    "**Number:** Versions A, C, D, E: £40,000 · Version B: £45,000",
  );
  expect(differences.body).toContain(
    "**Quote:** Versions A, B: “We will not let the quay fall into the sea while I am mayor,” · Version C: “We will never let the quay fall into the sea,”",
  );
  const quotes = found.get("Quotes")!;
  expect(quotes.body).toContain(
    "“We will not let the quay fall into the sea while I am mayor” — Mara Lind",
  );
  expect(quotes.body).toContain("**Word for word:** Versions A, B");
  expect(quotes.body).toMatch(/\*\*Altered in Version C:\*\* “We will \[-not-\]\s?\[\+never\+\]/);
  expect(quotes.body).toContain("**Without quotation marks:** Version D");
  expect(quotes.body).toContain("**Left out:** Version E");
  expect(found.get("Your corrections")!.count).toBe(0);
});

test("the report reflects the view: versions shown, strictness, filters", async ({ page }) => {
  await page.goto("/?v=c,a&strictness=strict&show=shared");
  await expect(highlightsStatus(page)).toBeVisible();
  const markdown = await read(await downloadReport(page, "Report as Markdown"));
  const found = sections(markdown);
  expect(found.get("Versions")!.count).toBe(2);
  expect(found.get("Versions")!.body).toContain(
    "Not shown, so not in this report: Version B, Version D, Version E.",
  );
  const view = found.get("View")!.body;
  expect(view).toContain("**Versions shown:** Version C, Version A (2 of 5)");
  expect(view).toContain("**Strictness:** strict");
  expect(view).toContain("**Highlighted:** only passages other versions share");
  // Shared only: nothing is listed as said by one version alone.
  expect(found.get("Said by one version alone")!.count).toBe(0);
  expect(found.get("Shared claims")!.body).toContain("Told by 2 of 2");
});

test("the HTML report is a page of its own with the same sections", async ({ page }) => {
  await openFactStory(page);
  const download = await downloadReport(page, "Report as HTML");
  expect(download.suggestedFilename()).toBe(`${FACT_STORY.id}-report.html`);
  const html = await read(download);
  await page.setContent(html);
  await expect(page).toHaveTitle("Kelby quay repairs · Parallax report");
  for (const name of [
    "Versions (5)",
    "View",
    "Shared claims",
    "Differences in facts (2)",
    "Quotes",
    "Your corrections (0)",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  const altered = page.getByRole("listitem").filter({ hasText: /^Altered in Version C:/ });
  await expect(altered.getByRole("deletion").first()).toHaveText(/not/);
  await expect(altered.getByRole("insertion").first()).toHaveText(/never/);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => v.id),
      colorScheme,
    ).toEqual([]);
  }
  // Nothing from the texts runs: the page has no scripts at all.
  expect(await page.locator("script").count()).toBe(0);
});
