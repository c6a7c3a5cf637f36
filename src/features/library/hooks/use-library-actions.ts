import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Story } from "@/core/story-format.ts";
import { correctionsQueryKey, getCorrections, putCorrections } from "@/lib/reader-corrections.ts";
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
  /**
   * Saves a story. Corrections it carries (an imported story file, or an
   * undone delete) go to the corrections store, where the reader keeps and
   * changes them; the saved story itself holds only the texts.
   */
  const save = useCallback(
    async (story: Story) => {
      const { corrections, formatVersion: _, ...texts } = story;
      await saveStory(texts);
      if (corrections) {
        await putCorrections(story.id, corrections);
        await client.invalidateQueries({ queryKey: correctionsQueryKey(story.id) });
      }
      await refresh(story.id);
    },
    [client, refresh],
  );
  /** Deletes a story and its corrections; returns those, so an undo can bring them back. */
  const remove = useCallback(
    async (id: string) => {
      const corrections = await getCorrections(id).catch(() => []);
      await deleteSavedStory(id);
      await putCorrections(id, []).catch(() => {});
      client.removeQueries({ queryKey: ["saved-story", id] });
      client.removeQueries({ queryKey: correctionsQueryKey(id) });
      await client.invalidateQueries({ queryKey: ["saved-stories"] });
      return corrections;
    },
    [client],
  );
  return { save, remove };
}
