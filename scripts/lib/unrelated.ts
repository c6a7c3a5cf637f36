/**
 * Pairs of unrelated articles on one subject (data/eval/unrelated): written
 * for this project as negatives. Comparing a pair should light up almost nothing.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { normalizeVersionText } from "../../src/core/align/plain-text.ts";
import type { VersionInput } from "../../src/core/align/types.ts";
import { ROOT } from "./data-tree.ts";

export const UNRELATED_PAIRS = [
  ["ukraine-grain-corridor", "ukraine-prisoner-exchange"],
  ["city-budget-transit", "city-budget-libraries"],
  ["storm-coastal-flooding", "storm-power-outages"],
  ["central-bank-rates", "central-bank-digital-currency"],
] as const;

export function readUnrelatedPair([a, b]: readonly [string, string]): VersionInput[] {
  return [a, b].map(readUnrelatedArticle);
}

/** One of the articles, as a version whose id and label are its file name. */
export function readUnrelatedArticle(name: string): VersionInput {
  return {
    id: name,
    label: name,
    text: normalizeVersionText(
      readFileSync(join(ROOT, "data/eval/unrelated", `${name}.txt`), "utf8"),
    ),
  };
}
