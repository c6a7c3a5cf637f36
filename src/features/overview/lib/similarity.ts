import { similarityShares } from "@/core/report/similarity-shares.ts";
import type { ComparisonView } from "@/features/comparison/lib/comparison-view.ts";

/**
 * For each ordered pair of versions (row, column), the share of the row
 * version's words that lie in passages the column version also tells — the
 * same figures the downloadable report gives, in the view's version order.
 */
export function similarityMatrix(view: ComparisonView): number[][] {
  return similarityShares(view.comparison);
}
