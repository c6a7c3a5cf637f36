import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseStoryIndex, type StoryIndex } from "@/core/story-format.ts";
import { fetchDataFile } from "@/lib/data-file.ts";

/** The list of stories the reader offers, from `data/index.json`. */
export function getStoryIndex(signal?: AbortSignal): Promise<StoryIndex> {
  return fetchDataFile("index.json", parseStoryIndex, signal);
}

export const storyIndexQueryOptions = () =>
  queryOptions({
    queryKey: ["story-index"],
    queryFn: ({ signal }) => getStoryIndex(signal),
  });

export function useStoryIndex() {
  return useQuery(storyIndexQueryOptions());
}
