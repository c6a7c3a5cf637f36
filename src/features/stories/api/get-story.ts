import { queryOptions, useQuery } from "@tanstack/react-query";
import { parseStory, type Story, type StoryIndexEntry } from "@/core/story-format.ts";
import { DataLoadError, fetchDataFile } from "@/lib/data-file.ts";
import { MARKS, markOnce } from "@/lib/performance-marks.ts";

/** One story file, checked against the index entry that points at it. */
export async function getStory(entry: StoryIndexEntry, signal?: AbortSignal): Promise<Story> {
  const story = await fetchDataFile(entry.path, parseStory, signal);
  // From here `npm run bench:ui` measures the wait for the first highlights.
  markOnce(MARKS.storyLoaded);
  if (story.id !== entry.id) {
    throw new DataLoadError(
      `data/${entry.path}`,
      `has the id “${story.id}”, but data/index.json lists it as “${entry.id}”`,
    );
  }
  return story;
}

export const storyQueryOptions = (entry: StoryIndexEntry) =>
  queryOptions({
    queryKey: ["story", entry.id, entry.path],
    queryFn: ({ signal }) => getStory(entry, signal),
  });

export function useStory(entry: StoryIndexEntry) {
  return useQuery(storyQueryOptions(entry));
}
