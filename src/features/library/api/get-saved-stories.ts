import { queryOptions, useQuery } from "@tanstack/react-query";
import { listSavedStories } from "./saved-stories-db.ts";

export const savedStoriesQueryOptions = () =>
  queryOptions({
    queryKey: ["saved-stories"],
    queryFn: listSavedStories,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The reader's own stories in this browser, newest first. */
export function useSavedStories() {
  return useQuery(savedStoriesQueryOptions());
}
