import type { Page } from "@playwright/test";

/** The status line once the comparison is drawn: "N of M passages highlighted". */
export function highlightsStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /passages highlighted/ });
}
