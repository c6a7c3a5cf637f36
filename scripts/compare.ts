/**
 * `npm run --silent compare -- [--json] [--suggest K] [--strictness LEVEL] FILE...`:
 * compares plain-text versions of a story (one per file; the label is the
 * file name) and prints a readable summary, or with --json the engine's
 * passages (and with --suggest K, each unit's best K candidates per other
 * version as "suggestions"; with --facts, the disagreements on facts between
 * members of a group as "discrepancies", see docs/facts.md).
 * `npm run --silent compare -- --pairs FILE.tsv`: judges sentence pairs in
 * MRPC's TSV format with the pair model, one JSON line per pair.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import {
  compareVersions,
  STRICTNESS_LEVELS,
  type Strictness,
} from "../src/core/align/compare-versions.ts";
import { normalizeVersionText } from "../src/core/align/plain-text.ts";
import type { Suggestion, VersionInput } from "../src/core/align/types.ts";
import { findDiscrepancies } from "../src/core/facts/find-discrepancies.ts";
import type { Discrepancy } from "../src/core/facts/types.ts";
import { loadWordVectors } from "./lib/load-vectors.ts";
import { judgePairs } from "./lib/judge-pairs.ts";
import { parsePairsTsv } from "./lib/mrpc.ts";
import { formatSummary } from "./lib/format-summary.ts";

const USAGE = `usage: npm run --silent compare -- [--json] [--facts] [--suggest K] [--strictness strict|balanced|loose] FILE...
       npm run --silent compare -- --pairs FILE.tsv`;

// Options that take a value (the next argument).
const VALUED = ["--pairs", "--suggest", "--strictness"];

function main(args: string[]): number {
  const json = args.includes("--json");
  const pairsIndex = args.indexOf("--pairs");
  const valueOf = (flag: string) =>
    args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined;
  const files = args.filter(
    (arg, i) => !arg.startsWith("--") && !VALUED.includes(args[i - 1] ?? ""),
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
  const suggestArg = valueOf("--suggest");
  const suggest = suggestArg === undefined ? 0 : Number(suggestArg);
  const strictness = valueOf("--strictness");
  const facts = args.includes("--facts");
  const known = (arg: string) => arg === "--json" || arg === "--facts" || VALUED.includes(arg);
  if (
    files.length === 0 ||
    args.some((arg) => arg.startsWith("--") && !known(arg)) ||
    !Number.isInteger(suggest) ||
    suggest < 0 ||
    (strictness !== undefined && !STRICTNESS_LEVELS.includes(strictness as Strictness))
  )
    return fail(USAGE);
  const versions = readVersions(files);
  const comparison = compareVersions(versions, {
    vectors,
    suggest,
    ...(strictness ? { strictness: strictness as Strictness } : {}),
  });
  if (json) {
    const { versions: printed, passages, suggestions } = comparison;
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
        ...(suggestions ? { suggestions: suggestions.map(printSuggestion) } : {}),
        ...(facts ? { discrepancies: findDiscrepancies(comparison).map(printDiscrepancy) } : {}),
      })}\n`,
    );
  } else {
    process.stdout.write(formatSummary(comparison));
  }
  return 0;
}

// Exactly the documented keys, in this order.
function printSuggestion({ version, start, end, candidates }: Suggestion) {
  return {
    version,
    start,
    end,
    candidates: candidates.map((c) => ({
      version: c.version,
      start: c.start,
      end: c.end,
      score: c.score,
    })),
  };
}

// Exactly the documented keys, in this order.
function printDiscrepancy({ group, kind, values }: Discrepancy) {
  return {
    group,
    kind,
    values: values.map((v) => ({ version: v.version, start: v.start, end: v.end, text: v.text })),
  };
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
