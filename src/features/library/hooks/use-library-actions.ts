import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Story } from "@/core/story-format.ts";
import { announceChange } from "@/lib/library-channel.ts";
import { correctionsQueryKey } from "@/lib/reader-corrections.ts";
import { ownThemesQueryKey } from "@/lib/reader-themes.ts";
import { savedStoriesQueryOptions } from "../api/get-saved-stories.ts";
import { savedStoryQueryOptions } from "../api/get-saved-story.ts";
import {
  deleteSavedStory,
  getSavedStory,
  revisionOf,
  saveNewStory,
  StaleStoryError,
  updateStory,
  type SavedStory,
} from "../api/saved-stories-db.ts";

/** Why a rename to nothing is refused (a story needs a title to be found again). */
export const BLANK_TITLE_MESSAGE = "A title cannot be blank.";

/**
 * Save, rename and delete the reader's stories, keeping this tab's queries
 * in step and telling the other tabs.
 */
export function useLibraryActions() {
  const client = useQueryClient();
  const refresh = useCallback(
    async (id: string) => {
      await client.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
      await client.invalidateQueries({ queryKey: savedStoryQueryOptions(id).queryKey });
      await client.invalidateQueries({ queryKey: correctionsQueryKey(id) });
      await client.invalidateQueries({ queryKey: ownThemesQueryKey(id) });
    },
    [client],
  );
  /**
   * Saves a new story, never over another, and returns the id it was saved
   * under (taken ids get `-2`, `-3`…): open it under that one. Corrections
   * it carries (an imported file's, an undone delete's) are kept with it.
   */
  const save = useCallback(
    async (story: Story): Promise<string> => {
      const { corrections, formatVersion: _, ...texts } = story;
      const { story: saved } = await saveNewStory(texts, corrections);
      announceChange({ kind: "story", id: saved.id });
      await refresh(saved.id);
      return saved.id;
    },
    [refresh],
  );
  /**
   * Writes an edited saved story as this tab read it. Refused, with a
   * message starting `failure`, if another tab changed or deleted it
   * meanwhile (then this tab re-reads it, so it shows what is really saved).
   */
  const write = useCallback(
    async (saved: SavedStory, next: Story, failure: string): Promise<void> => {
      const id = saved.story.id;
      const { corrections: _, formatVersion: __, ...texts } = next;
      try {
        await updateStory({ ...texts, id }, revisionOf(saved));
      } catch (error) {
        if (!(error instanceof StaleStoryError)) throw error;
        await refresh(id);
        throw new Error(`${failure} ${error.message}`, { cause: error });
      }
      announceChange({ kind: "story", id });
      await refresh(id);
    },
    [refresh],
  );
  /** Renames a story as this tab read it; a blank title is refused with a message. */
  const rename = useCallback(
    async (saved: SavedStory, title: string): Promise<void> => {
      const next = title.trim();
      if (next === "") throw new Error(BLANK_TITLE_MESSAGE);
      await write(
        saved,
        { ...saved.story, title: next },
        `Could not rename “${saved.story.title}”.`,
      );
    },
    [write],
  );
  /** Replaces a saved story by one with edited versions, as this tab read it. */
  const replace = useCallback(
    (saved: SavedStory, next: Story): Promise<void> =>
      write(saved, next, `Could not save the versions of “${saved.story.title}”.`),
    [write],
  );
  /**
   * Writes back a saved story as it was (an Undo), over whatever revision is
   * saved now; refused if it was deleted meanwhile.
   */
  const revert = useCallback(
    async (previous: Story): Promise<void> => {
      const current = await getSavedStory(previous.id);
      if (!current) throw new Error(`Could not undo: “${previous.title}” was deleted.`);
      await write(current, previous, `Could not undo the change to “${previous.title}”.`);
    },
    [write],
  );
  /** Deletes a story, its corrections and own themes; returns those, so an undo can bring them back. */
  const remove = useCallback(
    async (id: string) => {
      const extras = await deleteSavedStory(id);
      announceChange({ kind: "story", id });
      client.removeQueries({ queryKey: savedStoryQueryOptions(id).queryKey });
      client.removeQueries({ queryKey: correctionsQueryKey(id) });
      client.removeQueries({ queryKey: ownThemesQueryKey(id) });
      await client.invalidateQueries({ queryKey: savedStoriesQueryOptions().queryKey });
      return extras;
    },
    [client],
  );
  return { save, rename, replace, revert, remove };
}
