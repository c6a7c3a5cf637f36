import { useMemo } from "react";
import { describePassage, type ComparisonView } from "@/features/comparison/index.ts";

/**
 * One hidden description per distinct wording ("shared with Version B,
 * reworded"), by text → element id; passages point at theirs with
 * aria-describedby, so hundreds of passages share a handful of elements.
 */
export function usePassageDescriptions(view: ComparisonView | null): Map<string, string> {
  return useMemo(() => {
    const ids = new Map<string, string>();
    for (const version of view?.versions ?? []) {
      for (const passage of version.passages) {
        const text = describePassage(passage, view!.labels);
        if (!ids.has(text)) ids.set(text, `passage-description-${ids.size + 1}`);
      }
    }
    return ids;
  }, [view]);
}
