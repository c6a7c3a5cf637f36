/**
 * The reader's own themes for a story, kept per story id in IndexedDB: for
 * a bundled story they are the reader's layer over it (like corrections);
 * a saved story's travel with its JSON export (`readerThemes`). Until the
 * reader changes them, a story's file may bring some (an exported story
 * opened again); once changed, the stored list wins, even when empty.
 */
import { themeSchema, type Theme } from "@/core/story-format.ts";
import * as v from "valibot";
import { announceChange } from "./library-channel.ts";
import { parallaxDb } from "./parallax-db.ts";

/** The query that holds a story's own themes on the page. */
export const ownThemesQueryKey = (storyId: string) => ["own-themes", storyId] as const;

/** The story's own themes as stored, or null when the reader never changed them here. */
export async function getOwnThemes(storyId: string): Promise<Theme[] | null> {
  const entry = await (await parallaxDb()).get("themes", storyId);
  if (!entry) return null;
  // What was stored may predate the schema: entries that no longer validate are skipped.
  return (entry.themes as unknown[]).filter((t): t is Theme => v.is(themeSchema, t));
}

/** Replaces the story's own themes (an empty list is kept, as a choice); other tabs are told. */
export async function putOwnThemes(storyId: string, themes: readonly Theme[]): Promise<void> {
  await (await parallaxDb()).put("themes", { storyId, themes: [...themes] });
  announceChange({ kind: "themes", storyId });
}
