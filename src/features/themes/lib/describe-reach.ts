import type { ThemeCoverage } from "@/core/themes/theme-coverage.ts";

/** "12 passages (8%) in 3 versions". */
export function describeReach(
  reach: Pick<ThemeCoverage, "passageIndexes" | "versions" | "share">,
): string {
  const n = reach.passageIndexes.length;
  return `${n} ${n === 1 ? "passage" : "passages"} (${Math.round(reach.share * 100)}%) in ${reach.versions} ${reach.versions === 1 ? "version" : "versions"}`;
}
