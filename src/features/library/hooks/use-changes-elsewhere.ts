import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { onChangeElsewhere } from "@/lib/library-channel.ts";
import { correctionsQueryKey } from "@/lib/reader-corrections.ts";
import { ownThemesQueryKey } from "@/lib/reader-themes.ts";
import { savedStoriesQueryOptions } from "../api/get-saved-stories.ts";
import { savedStoryQueryOptions } from "../api/get-saved-story.ts";

/**
 * Keeps this tab in step with the app's other tabs: when one saves, renames
 * or deletes a story, or changes a story's corrections or own themes, this
 * tab re-reads its list, the open story, its corrections and own themes. Use once, on the page.
 */
export function useChangesElsewhere(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      onChangeElsewhere((change) => {
        if (change.kind === "corrections") {
          void client.invalidateQueries({ queryKey: correctionsQueryKey(change.storyId) });
          return;
        }
        if (change.kind === "themes") {
          void client.invalidateQueries({ queryKey: ownThemesQueryKey(change.storyId) });
          return;
        }
        void client.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
        void client.invalidateQueries({ queryKey: savedStoryQueryOptions(change.id).queryKey });
        void client.invalidateQueries({ queryKey: correctionsQueryKey(change.id) });
        void client.invalidateQueries({ queryKey: ownThemesQueryKey(change.id) });
      }),
    [client],
  );
}
