/**
 * A group's passages read as statements: adjacent passages of one version
 * joined, for the details panel to quote and compare.
 */
import type { ComparisonView } from "./comparison-view.ts";

/** A run of adjacent passages of one group in one version, read as one text. */
export type Stretch = { version: string; keys: string[]; text: string; start: number };

/**
 * A group's passages, joined where they touch (a verbatim run inside a
 * reworded sentence is two passages but one statement), version by version.
 */
export function groupStretches(view: ComparisonView, group: number): Stretch[] {
  const stretches: Stretch[] = [];
  for (const passage of view.byGroup.get(group) ?? []) {
    const last = stretches[stretches.length - 1];
    const lastPassage = last ? view.byKey.get(last.keys.at(-1)!) : undefined;
    if (
      last &&
      lastPassage &&
      last.version === passage.version &&
      lastPassage.end === passage.start
    ) {
      last.keys.push(passage.key);
      last.text += passage.text;
    } else {
      stretches.push({
        version: passage.version,
        keys: [passage.key],
        text: passage.text,
        start: passage.start,
      });
    }
  }
  return stretches;
}
