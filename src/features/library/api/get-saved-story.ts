import { queryOptions, useQuery } from "@tanstack/react-query";
import { getSavedStory } from "./saved-stories-db.ts";

export const savedStoryQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ["saved-story", id],
    queryFn: async () => {
      const saved = await getSavedStory(id);
      if (!saved) throw new Error(`The story “${id}” is no longer saved in this browser.`);
      return saved.story;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useSavedStory(id: string, enabled: boolean) {
  return useQuery({ ...savedStoryQueryOptions(id), enabled });
}
