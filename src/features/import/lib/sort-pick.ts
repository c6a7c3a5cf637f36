/**
 * What one pick of files adds: every text becomes a version, every story
 * file a story to save, every refused file a named reason; nothing is
 * dropped in silence. A pick that would take the form past the version
 * limit is refused whole, so a reader never gets half of it.
 */
import { MAX_VERSIONS } from "@/core/limits.ts";
import type { Story } from "@/core/story-format.ts";
import type { FileReadResult, FormDraft } from "./read-version-file.ts";

export type SortedPick = {
  /** Versions to add to the form, with labels unique among the form's. */
  drafts: FormDraft[];
  /** Story files to save, each as a story of its own. */
  stories: { name: string; story: Story }[];
  /** One sentence per refused file (or one for the whole pick). */
  problems: string[];
};

/** Sorts read files into versions, stories and problems; `kept` are the form's versions that stay. */
export function sortPick(
  results: readonly FileReadResult[],
  kept: readonly FormDraft[],
): SortedPick {
  const taken = new Set(kept.map((draft) => draft.label.trim()).filter(Boolean));
  const pick: SortedPick = { drafts: [], stories: [], problems: [] };
  for (const result of results) {
    if (!result.ok) pick.problems.push(result.problem);
    else if (result.kind === "story") pick.stories.push({ name: result.name, story: result.story });
    else {
      const label = uniqueLabel(result.draft.label, taken);
      taken.add(label);
      pick.drafts.push({ ...result.draft, label });
    }
  }
  const total = kept.length + pick.drafts.length;
  if (pick.drafts.length > 0 && total > MAX_VERSIONS) {
    pick.problems.push(
      `These files would make ${total} versions; a comparison holds at most ${MAX_VERSIONS}. Nothing from them was added or saved.`,
    );
    return { drafts: [], stories: [], problems: pick.problems };
  }
  return pick;
}

/** "notes", then "notes (2)", "notes (3)": two files of one name stay two versions apart. */
export function uniqueLabel(label: string, taken: ReadonlySet<string>): string {
  if (!taken.has(label)) return label;
  let n = 2;
  while (taken.has(`${label} (${n})`)) n += 1;
  return `${label} (${n})`;
}
