// Makes sure the end-to-end tests have a browser before they start:
// Playwright's Chromium, else a system Chromium; where neither exists it
// installs Debian's chromium when running as root, and otherwise says
// exactly what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findBrowser, type FoundBrowser } from "./lib/find-browser.ts";

function describe(browser: FoundBrowser): string {
  return browser.kind === "playwright" ? "Playwright's Chromium" : browser.path;
}

let browser = findBrowser();
if (browser) {
  console.log(`e2e browser: ${describe(browser)}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && existsSync("/usr/bin/apt-get")) {
  console.log("No Chromium found: installing Debian's chromium (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const run = (args: string[]) =>
    spawnSync("apt-get", args, { stdio: "inherit", env }).status === 0;
  if (run(["update"]) && run(["install", "-y", "--no-install-recommends", "chromium"])) {
    browser = findBrowser();
    if (browser) {
      console.log(`e2e browser: ${describe(browser)}`);
      process.exit(0);
    }
  }
}

console.error(`
No browser for the end-to-end tests. Install one, then run the tests again:
  npx playwright install chromium          (downloads Playwright's own build), or
  sudo apt-get install -y chromium         (Debian or Ubuntu's package)
`);
process.exit(1);
