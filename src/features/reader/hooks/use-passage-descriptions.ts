import { useMemo } from "react";
import {
  describePassage,
  type ComparisonView,
  type ViewPassage,
} from "@/features/comparison/index.ts";

/**
 * One hidden description per distinct wording ("shared with Version B,
 * reworded"), by text → element id; passages point at theirs with
 * aria-describedby, so hundreds of passages share a handful of elements.
 */
export function usePassageDescriptions(view: ComparisonView | null): Map<string, string> {
  return useMemo(() => {
    const ids = new Map<string, string>();
    if (!view) return ids;
    const describe = describeOnce(view.labels);
    for (const version of view.versions) {
      for (const passage of version.passages) {
        const text = describe(passage);
        if (!ids.has(text)) ids.set(text, `passage-description-${ids.size + 1}`);
      }
    }
    return ids;
  }, [view]);
}

/**
 * describePassage, worded once per list of sharing versions and way of
 * sharing: passages of one version in one group share their list (as the
 * worker sends them), and at 200 versions there are 18,000 passages to
 * describe but a few thousand wordings.
 */
function describeOnce(labels: ReadonlyMap<string, string>) {
  // Per list, a wording for each kind × linked by the reader × facts differ.
  const worded = new Map<readonly string[], (string | undefined)[]>();
  return (passage: ViewPassage): string => {
    const way =
      KINDS.indexOf(passage.kind) * 4 +
      (passage.linkedByReader ? 2 : 0) +
      (passage.discrepancies.length > 0 ? 1 : 0);
    let ways = worded.get(passage.sharedWith);
    if (!ways) {
      ways = [];
      worded.set(passage.sharedWith, ways);
    }
    return (ways[way] ??= describePassage(passage, labels));
  };
}

const KINDS: readonly ViewPassage["kind"][] = ["verbatim", "paraphrase", "unique"];
