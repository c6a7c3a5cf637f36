/**
 * Versions in the order they were published, for reading a story as it
 * unfolded: wire copy first, then each paper's rewrite.
 */
import type { Version } from "../story-format.ts";

/**
 * Version ids ordered by `published`, earliest first. A date without a time
 * counts as the start of that day; versions with no date keep their order
 * among themselves and come last, so nothing is dropped or guessed. Stable.
 */
export function orderByTime(versions: readonly Pick<Version, "id" | "published">[]): string[] {
  return versions
    .map((version, index) => ({ id: version.id, at: version.published, index }))
    .sort((a, b) => {
      if (a.at === undefined || b.at === undefined)
        return a.at === b.at ? a.index - b.index : a.at === undefined ? 1 : -1;
      // "2024-03-12" < "2024-03-12T09:00": ISO strings sort as times do.
      return a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index;
    })
    .map((entry) => entry.id);
}
