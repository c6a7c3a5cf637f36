import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps features apart (eslint.config.js), run on
// deliberate violations: if the rule is ever loosened, these fail.
const eslint = new ESLint({ cwd: new URL("..", import.meta.url).pathname });

/** The messages of the import rule for one line of code placed at `file`. */
async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = value;\n`, {
    filePath: file,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => m.message);
}

// The first lint loads the typed ESLint setup: seconds on a busy machine.
describe("import boundaries between features", { timeout: 60_000 }, () => {
  it("refuses another feature's internals", async () => {
    const errors = await importErrors(
      "src/features/reader/components/example.tsx",
      'import { value } from "@/features/overview/lib/omissions.ts";',
    );
    expect(errors.join("\n")).toMatch(/through its public entry/);
  });

  it("refuses a feature that would make imports run both ways", async () => {
    const errors = await importErrors(
      "src/features/overview/components/example.tsx",
      'import { value } from "@/features/reader/index.ts";',
    );
    expect(errors.join("\n")).toMatch(/src\/features\/overview may import only comparison/);
  });

  it("refuses a relative path out of the feature", async () => {
    const errors = await importErrors(
      "src/features/themes/lib/example.ts",
      'import { value } from "../../overview/index.ts";',
    );
    expect(errors.join("\n")).toMatch(/Relative imports stay inside src\/features\/themes/);
  });

  it("refuses deep imports from the app and any feature import from shared code", async () => {
    const fromApp = await importErrors(
      "src/app/example.tsx",
      'import { value } from "@/features/library/api/saved-stories-db.ts";',
    );
    expect(fromApp.join("\n")).toMatch(/through its public entry/);
    const fromLib = await importErrors(
      "src/lib/example.ts",
      'import { value } from "@/features/reader/index.ts";',
    );
    expect(fromLib.join("\n")).toMatch(/Shared code does not import features/);
  });

  it("allows public entries, pure modules exported on purpose, and the feature's own files", async () => {
    const errors = await importErrors(
      "src/features/reader/components/example.tsx",
      [
        'import { value } from "@/features/overview/index.ts";',
        'import { other } from "@/features/comparison/lib/comparison-view.ts";',
        'import { third } from "../lib/highlight.ts";',
        "void other; void third;",
      ].join("\n"),
    );
    expect(errors).toEqual([]);
  });
});
