import type { Page } from "@playwright/test";

/**
 * Collects everything a user's console would complain about while a page
 * runs: console errors, uncaught exceptions, failed requests and HTTP errors
 * (a missing favicon included).
 */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
