import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Story } from "@/core/story-format.ts";
import { deleteSavedStory, saveStory } from "../api/saved-stories-db.ts";

/** Save, rename and delete the reader's stories, keeping the queries in step. */
export function useLibraryActions() {
  const client = useQueryClient();
  const refresh = useCallback(
    async (id: string) => {
      await client.invalidateQueries({ queryKey: ["saved-stories"] });
      await client.invalidateQueries({ queryKey: ["saved-story", id] });
    },
    [client],
  );
  const save = useCallback(
    async (story: Story) => {
      await saveStory(story);
      await refresh(story.id);
    },
    [refresh],
  );
  const remove = useCallback(
    async (id: string) => {
      await deleteSavedStory(id);
      client.removeQueries({ queryKey: ["saved-story", id] });
      await client.invalidateQueries({ queryKey: ["saved-stories"] });
    },
    [client],
  );
  return { save, remove };
}
