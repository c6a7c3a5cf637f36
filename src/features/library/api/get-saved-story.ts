import { queryOptions, useQuery } from "@tanstack/react-query";
import { getSavedStory } from "./saved-stories-db.ts";

/** The query of one saved story: the key other tabs' news invalidates, with its revision. */
export const savedStoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["saved-story", id],
    queryFn: async () => {
      const saved = await getSavedStory(id);
      if (!saved) throw new Error(`The story “${id}” is no longer saved in this browser.`);
      return saved;
    },
    staleTime: Number.POSITIVE_INFINITY,
    // Not saved is an answer, not a hiccup: no retry.
    retry: false,
  });

/** One saved story as stored (the story, when it was saved, its revision). */
export function useSavedStory(id: string, enabled: boolean) {
  return useQuery({ ...savedStoryQueryOptions(id), enabled });
}
