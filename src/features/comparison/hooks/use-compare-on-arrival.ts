import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { Story } from "@/core/story-format.ts";
import { comparesInBackground } from "@/worker/compare-client.ts";
import { comparisonQueryOptions, listKeptComparisons } from "../api/get-comparison.ts";
import { readerSettings } from "../lib/reader-settings.ts";
import { anchorStored, correctionsQueryOptions } from "./use-corrections.ts";
import { useReadingParams } from "./use-reading-params.ts";

/**
 * Starts the story's comparison, under the reader's strictness and
 * corrections, as soon as its text has arrived: while React draws the
 * columns (a story of many versions takes it a while), the worker is
 * already comparing. The reader's own query then joins the comparison in
 * flight, or finds it done. Failures are left to that query to report.
 * `storyId` is known before the text arrives: the reader's corrections to
 * it (which the comparison needs) and which results this browser keeps for
 * it are read meanwhile. Where there is no worker, the reader's query
 * starts the comparison once the columns are drawn, as before.
 */
export function useCompareOnArrival(storyId: string, story: Story | undefined): void {
  const client = useQueryClient();
  const [{ strictness }] = useReadingParams();
  // What the comparison needs from the database is read while the text is on its way.
  useEffect(() => {
    void client.prefetchQuery(correctionsQueryOptions(storyId));
    listKeptComparisons(storyId);
  }, [client, storyId]);
  useEffect(() => {
    // Without a worker the comparison would hold the page before the columns are drawn.
    if (!story || !comparesInBackground()) return;
    void client
      .fetchQuery(correctionsQueryOptions(story.id))
      .then((stored) => {
        const settings = readerSettings(strictness, anchorStored(story, stored).active);
        return client.prefetchQuery(comparisonQueryOptions(story, settings));
      })
      .catch(() => {});
  }, [client, story, strictness]);
}
