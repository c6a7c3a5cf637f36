import { queryOptions, useQuery } from "@tanstack/react-query";
import { listSavedStories } from "./saved-stories-db.ts";

/** The list's query: refreshed after every write here and on news from other tabs. */
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
