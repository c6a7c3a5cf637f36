import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

/**
 * Replaces the text between `<!-- NAME:start … -->` and `<!-- NAME:end -->`
 * in a generated doc (docs/performance.md), so each measuring script writes
 * its own figures and nobody copies them by hand.
 */
export function writeDocSection(file: string, name: string, body: string): void {
  const doc = readFileSync(file, "utf8");
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`);
  const end = `<!-- ${name}:end -->`;
  const match = start.exec(doc);
  const after = match ? doc.indexOf(end, match.index) : -1;
  if (!match || after < 0) throw new Error(`${file} lacks the ${name} markers`);
  writeFileSync(
    file,
    `${doc.slice(0, match.index + match[0].length)}\n\n${body}\n\n${doc.slice(after)}`,
  );
  // Tables and long lines as the format check wants them, so `npm test` passes after a bench.
  execFileSync("npx", ["prettier", "--write", file], { stdio: "ignore" });
}
