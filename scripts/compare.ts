/**
 * `npm run --silent compare -- [--json] FILE...`: compares plain-text
 * versions of a story (one per file; the label is the file name) and prints
 * a readable summary, or with --json the engine's passages.
 * `npm run --silent compare -- --pairs FILE.tsv`: judges sentence pairs in
 * MRPC's TSV format with the pair model, one JSON line per pair.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { compareVersions } from "../src/core/align/compare-versions.ts";
import { normalizeVersionText } from "../src/core/align/plain-text.ts";
import type { VersionInput } from "../src/core/align/types.ts";
import { loadWordVectors } from "./lib/load-vectors.ts";
import { judgePairs } from "./lib/judge-pairs.ts";
import { parsePairsTsv } from "./lib/mrpc.ts";
import { formatSummary } from "./lib/format-summary.ts";

const USAGE = `usage: npm run --silent compare -- [--json] FILE...
       npm run --silent compare -- --pairs FILE.tsv`;

function main(args: string[]): number {
  const json = args.includes("--json");
  const pairsIndex = args.indexOf("--pairs");
  const files = args.filter(
    (arg, i) => !arg.startsWith("--") && (pairsIndex < 0 || i !== pairsIndex + 1),
  );
  const vectors = loadWordVectors();
  if (pairsIndex >= 0) {
    const file = args[pairsIndex + 1];
    if (!file) return fail(USAGE);
    for (const line of judgePairs(parsePairsTsv(readFileSync(file, "utf8")), vectors)) {
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    return 0;
  }
  if (files.length === 0 || args.some((arg) => arg.startsWith("--") && arg !== "--json"))
    return fail(USAGE);
  const versions = readVersions(files);
  const comparison = compareVersions(versions, { vectors });
  if (json) {
    const { versions: printed, passages } = comparison;
    process.stdout.write(
      `${JSON.stringify({
        versions: printed,
        passages: passages.map(({ version, start, end, kind, sharedWith, group, score }) => ({
          version,
          start,
          end,
          kind,
          sharedWith,
          group,
          score,
        })),
      })}\n`,
    );
  } else {
    process.stdout.write(formatSummary(comparison));
  }
  return 0;
}

// One version per file; ids from file names, made unique.
function readVersions(files: readonly string[]): VersionInput[] {
  const used = new Set<string>();
  return files.map((file) => {
    const label = basename(file);
    const base =
      label
        .replace(/\.[^.]+$/, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "version";
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return { id, label, text: normalizeVersionText(readFileSync(file, "utf8")) };
  });
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.exitCode = fail(`compare: ${error instanceof Error ? error.message : String(error)}`);
}
