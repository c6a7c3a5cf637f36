import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import globals from "globals";
import tseslint from "typescript-eslint";

// One-way imports: core ← lib/components ← features ← app. The core is pure
// TypeScript (no React, no DOM, no fetch) so it runs in a worker, in Node
// and in tests alike; tsconfig.core.json backs this up with no DOM types.
const coreRules = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["react", "react-dom", "react/*", "react-dom/*"],
          message: "src/core is pure TypeScript: no React.",
        },
        {
          group: ["@tanstack/*", "nuqs", "nuqs/*"],
          message: "src/core does no fetching or URL state.",
        },
        {
          group: ["@/*", "../features/*", "../app/*", "../lib/*", "../components/*", "../worker/*"],
          message: "src/core imports only itself and pure libraries.",
        },
        {
          group: ["node:*", "fs", "path"],
          message: "src/core runs in browsers too: no Node modules.",
        },
      ],
    },
  ],
  "no-restricted-globals": [
    "error",
    ...[
      "window",
      "document",
      "fetch",
      "localStorage",
      "navigator",
      "XMLHttpRequest",
      "process",
    ].map((name) => ({
      name,
      message: "src/core is pure: pass data in, return data out.",
    })),
  ],
};

export default tseslint.config(
  { ignores: ["dist", "coverage", "playwright-report", "test-results", "node_modules"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ["src/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "react-refresh": reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-refresh/only-export-components": ["warn", { allowExportNames: ["columnId"] }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts", "src/core/**/test-support.ts"],
    rules: coreRules,
  },
  {
    files: ["src/features/**/*.{ts,tsx}", "src/lib/**/*.ts", "src/components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*"], message: "Features and shared code do not import the app." },
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.{ts,mjs}", "e2e/**/*.ts", "*.config.{ts,js}", "**/*.test.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
);
