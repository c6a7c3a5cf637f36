// Which Chromium the end-to-end tests drive: Playwright's own when it is
// installed (a laptop after `npx playwright install`), else the system's
// (Debian's /usr/bin/chromium on machines that cannot download browsers).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const SYSTEM_CHROMIUM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export type FoundBrowser = { kind: "playwright" } | { kind: "system"; path: string };

export function findBrowser(): FoundBrowser | null {
  try {
    if (existsSync(chromium.executablePath())) return { kind: "playwright" };
  } catch {
    // Playwright has no browser build for this platform: fall through.
  }
  const path = SYSTEM_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  return path ? { kind: "system", path } : null;
}

/**
 * Launch options for the browser found: none for Playwright's own; for a
 * system Chromium its path, and flags that keep it from calling home on a
 * closed network.
 */
export function browserLaunchOptions(browser: FoundBrowser | null = findBrowser()) {
  if (browser?.kind !== "system") return {};
  return {
    executablePath: browser.path,
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
