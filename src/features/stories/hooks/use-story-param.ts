import { parseAsString, useQueryState } from "nuqs";

/**
 * The open story's id, kept in the URL (?story=…) so a link or a reload
 * opens the same story, and back and forward move between stories.
 */
export function useStoryParam() {
  return useQueryState("story", parseAsString.withOptions({ history: "push" }));
}
