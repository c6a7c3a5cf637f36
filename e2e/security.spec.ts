import { expect, test } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

test("the built app sets a Content-Security-Policy that blocks inline script", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'self'");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test("once loaded, no request ever leaves the origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  await page.goto("/");
  await expect(highlightsStatus(page)).toBeVisible();
  await page.getByRole("article", { name: "Version A" }).getByRole("button").first().click();
  await page.getByRole("button", { name: "New comparison" }).click();
  const html = `<article><p>Council met. <img src="https://example.org/pixel.gif"> <a href="https://example.org/">more</a></p>
    <link rel="stylesheet" href="https://example.org/x.css"><p>Buses will run every five minutes from Monday.</p></article>`;
  await page.getByLabel("Choose files").setInputFiles([
    { name: "a.html", mimeType: "text/html", buffer: Buffer.from(html) },
    {
      name: "b.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("The council met. Buses run every five minutes from Monday."),
    },
  ]);
  const form = page.getByRole("dialog", { name: "New comparison" });
  // Files are read asynchronously: wait until both are listed.
  await expect(
    form.getByRole("region", { name: "2 files picked" }).getByRole("listitem"),
  ).toHaveCount(2);
  await form.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(highlightsStatus(page)).toBeVisible();
  expect(elsewhere).toEqual([]);
});
