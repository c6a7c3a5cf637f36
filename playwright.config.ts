import { defineConfig, devices } from "@playwright/test";
import { browserLaunchOptions } from "./scripts/lib/find-browser.ts";

// Not vite preview's default, so a preview you left running does not get in the way.
const PORT = 4319;

export default defineConfig({
  testDir: "e2e",
  // Two cores run two browsers and the engine: give states time to arrive.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: "retain-on-failure",
    launchOptions: browserLaunchOptions(),
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: /long-tasks\.spec\.ts/,
    },
    // Main-thread stalls are measured alone, after the rest: a second browser
    // busy on the same two cores would stretch every task. To run it by itself:
    // npx playwright test long-tasks --no-deps
    {
      name: "performance",
      use: { ...devices["Desktop Chrome"] },
      testMatch: /long-tasks\.spec\.ts/,
      dependencies: ["chromium"],
    },
  ],
  // The real built app (npm run test:e2e builds it first), served as in production.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
