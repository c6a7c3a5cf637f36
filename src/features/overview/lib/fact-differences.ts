import { factRows, type FactRow } from "@/core/facts/fact-rows.ts";
import type { Discrepancy } from "@/core/facts/types.ts";
import {
  passageAt,
  type ComparisonView,
  type ViewPassage,
} from "@/features/comparison/lib/comparison-view.ts";
import { fullestTelling } from "./fullest-telling.ts";

/**
 * One claim whose versions disagree on facts: the claim by its fullest
 * telling, the passage to open (where the first version in column order
 * states a differing value), and the disagreements as rows.
 */
export type FactDifference = { group: number; claim: ViewPassage; open: string; rows: FactRow[] };

/**
 * Every discrepancy of the view, grouped by claim, claims in the order the
 * first column tells them. A claim none of whose passages is in the view is
 * left out.
 */
export function listFactDifferences(view: ComparisonView): FactDifference[] {
  const order = view.versions.map((v) => v.id);
  const rank = (version: string) => {
    const i = order.indexOf(version);
    return i === -1 ? order.length : i;
  };
  const byGroup = new Map<number, Discrepancy[]>();
  for (const discrepancy of view.discrepancies) {
    const list = byGroup.get(discrepancy.group);
    if (list) list.push(discrepancy);
    else byGroup.set(discrepancy.group, [discrepancy]);
  }
  const out: (FactDifference & { at: [number, number] })[] = [];
  for (const [group, discrepancies] of byGroup) {
    const first = discrepancies
      .flatMap((d) => d.values)
      .reduce((best, v) =>
        rank(v.version) - rank(best.version) < 0 ||
        (v.version === best.version && v.start < best.start)
          ? v
          : best,
      );
    const opened = passageAt(view, first.version, first.start);
    const tellings = view.byGroup.get(group) ?? (opened ? [opened] : []);
    if (!opened || tellings.length === 0) continue;
    out.push({
      group,
      claim: fullestTelling(tellings),
      open: opened.key,
      rows: factRows(discrepancies, order),
      at: [rank(first.version), first.start],
    });
  }
  return out
    .sort((x, y) => x.at[0] - y.at[0] || x.at[1] - y.at[1])
    .map(({ at: _, ...difference }) => difference);
}
