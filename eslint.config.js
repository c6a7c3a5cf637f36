import { readdirSync } from "node:fs";
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

// One-way imports between features (docs/architecture.md): which features
// each may import. `comparison` owns the state the reading features share;
// `reader` composes the panels beside its columns; the app composes all.
const FEATURE_IMPORTS = {
  "color-scheme": [],
  help: [],
  stories: [],
  library: [],
  import: [],
  versions: ["import"],
  comparison: [],
  "passage-details": ["comparison"],
  overview: ["comparison"],
  themes: ["comparison"],
  corrections: ["comparison"],
  reader: ["comparison", "passage-details", "overview", "themes", "corrections"],
};

// What other code may import of a feature: its index.ts, and the pure modules
// it exports on purpose (React-free, so other features' pure lib/ files and
// unit tests can use them without pulling in components).
const PUBLIC_ENTRIES = {
  comparison: ["index.ts", "lib/comparison-view.ts", "lib/reading-filters.ts"],
  library: ["index.ts", "after-first-paint.ts"],
};

assertNoCycle(FEATURE_IMPORTS);
for (const folder of readdirSync(new URL("./src/features", import.meta.url)))
  if (!(folder in FEATURE_IMPORTS))
    throw new Error(
      `src/features/${folder} is not in FEATURE_IMPORTS (eslint.config.js): say what it may import.`,
    );

const NO_APP = { group: ["@/app/*"], message: "Features and shared code do not import the app." };

/** Any feature's internals, from outside it: only its public entries may be imported. */
function publicEntryPattern(...exempt) {
  const internals = Object.keys(FEATURE_IMPORTS)
    .filter((feature) => !exempt.includes(feature))
    .map((feature) => {
      const entries = (PUBLIC_ENTRIES[feature] ?? ["index.ts"]).map(escapeRegex).join("|");
      return `${escapeRegex(feature)}/(?!(?:${entries})$)`;
    });
  return {
    regex: `^@/features/(?:${internals.join("|")})`,
    message:
      "Import another feature through its public entry (@/features/<name>/index.ts), not its internals.",
  };
}

function featureImportPatterns(feature, allowed) {
  const others = Object.keys(FEATURE_IMPORTS).filter((f) => f !== feature && !allowed.includes(f));
  return [
    NO_APP,
    {
      regex: "^\\.\\./\\.\\./",
      message: `Relative imports stay inside src/features/${feature}: use @/features/<name>/index.ts, @/lib or @/components.`,
    },
    ...(others.length > 0
      ? [
          {
            regex: `^@/features/(?:${others.map(escapeRegex).join("|")})(?:/|$)`,
            message: `src/features/${feature} may import ${allowed.length > 0 ? `only ${allowed.join(", ")}` : "no other feature"} (one-way imports: docs/architecture.md).`,
          },
        ]
      : []),
    publicEntryPattern(feature),
  ];
}

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Fails the lint run itself if the allowed imports ever form a cycle. */
function assertNoCycle(graph) {
  const state = new Map();
  const visit = (node, path) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open")
      throw new Error(`Feature imports form a cycle: ${[...path, node].join(" → ")}`);
    state.set(node, "open");
    for (const next of graph[node] ?? []) visit(next, [...path, node]);
    state.set(node, "done");
  };
  for (const node of Object.keys(graph)) visit(node, []);
}

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
    files: ["src/lib/**/*.ts", "src/components/**/*.tsx", "src/worker/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NO_APP,
            { regex: "^@/features/", message: "Shared code does not import features." },
          ],
        },
      ],
    },
  },
  ...Object.entries(FEATURE_IMPORTS).map(([feature, allowed]) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": ["error", { patterns: featureImportPatterns(feature, allowed) }],
    },
  })),
  {
    files: ["src/app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [publicEntryPattern()] }] },
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
