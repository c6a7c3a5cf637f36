import type { ComparisonView, ViewPassage } from "@/features/comparison/lib/comparison-view.ts";
import { fullestTelling } from "./fullest-telling.ts";

export type Omission = { group: number; toldBy: string[]; example: ViewPassage };

/**
 * The claims other versions tell and this one leaves out, the most widely
 * told first: what a reader of this version alone would miss.
 */
export function findOmissions(view: ComparisonView, versionId: string, limit = 12): Omission[] {
  const omissions: Omission[] = [];
  for (const [group, passages] of view.byGroup) {
    const toldBy = [...new Set(passages.map((p) => p.version))];
    if (toldBy.includes(versionId) || toldBy.length < 2) continue;
    const example = fullestTelling(passages);
    omissions.push({ group, toldBy, example });
  }
  return omissions
    .sort((a, b) => b.toldBy.length - a.toldBy.length || a.group - b.group)
    .slice(0, limit);
}
