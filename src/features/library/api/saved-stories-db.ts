/**
 * The reader's own stories, kept in this browser's IndexedDB (through idb).
 * Each write is one transaction, so a tab closed midway leaves the previous
 * state whole, and IndexedDB runs the transactions of all tabs one after
 * another: what a write checks (a free id, an unchanged story) still holds
 * when it writes. Nothing is uploaded.
 */
import * as v from "valibot";
import {
  parseStory,
  themeSchema,
  type StoredCorrection,
  type Story,
  type Theme,
} from "@/core/story-format.ts";
import { parallaxDb as database, type SavedStory } from "@/lib/parallax-db.ts";
import { validCorrections } from "@/lib/reader-corrections.ts";

export type { SavedStory };

/** Why a write was refused: another tab changed or deleted the story since this one read it. */
export class StaleStoryError extends Error {
  override name = "StaleStoryError";
  constructor(
    message: string,
    readonly reason: "changed" | "deleted",
  ) {
    super(message);
  }
}

/** The revision a tab read, to hand back when it writes (entries from before count as 0). */
export const revisionOf = (saved: SavedStory): number => saved.revision ?? 0;

/** Every saved story, newest first; entries that no longer validate are skipped. */
export async function listSavedStories(): Promise<SavedStory[]> {
  const all = await (await database()).getAllFromIndex("stories", "savedAt");
  return all.filter((entry) => parseStory(entry.story).ok).reverse();
}

/** One saved story with its revision, or undefined if it is not (or no longer) saved. */
export async function getSavedStory(id: string): Promise<SavedStory | undefined> {
  return (await database()).get("stories", id);
}

/**
 * Saves a new story, never over another: under its own id if that is free,
 * else the first free of `id-2`, `id-3`…, chosen in the same transaction as
 * the write, so two tabs saving at once both keep theirs. Its corrections
 * (an imported file's, or an undone delete's) are stored with it. Returns
 * the entry as saved: open the story under its `story.id`.
 */
export async function saveNewStory(
  story: Story,
  corrections: readonly StoredCorrection[] = [],
): Promise<SavedStory> {
  const texts = validated(story);
  const tx = (await database()).transaction(["stories", "corrections", "themes"], "readwrite");
  const stories = tx.objectStore("stories");
  let id = texts.id;
  for (let n = 2; (await stories.getKey(id)) !== undefined; n += 1) id = `${texts.id}-${n}`;
  const entry: SavedStory = { story: { ...texts, id }, savedAt: Date.now(), revision: 1 };
  await stories.add(entry); // add, not put: fails rather than replace
  // A new story starts with its own corrections only, never a former holder's of the id.
  if (corrections.length > 0)
    await tx.objectStore("corrections").put({ storyId: id, corrections: [...corrections] });
  else await tx.objectStore("corrections").delete(id);
  // Its own themes travel in the story (readerThemes); a former holder's stored ones go.
  await tx.objectStore("themes").delete(id);
  await tx.done;
  return entry;
}

/**
 * Writes a changed saved story (a new title), only if it is still saved at
 * the revision this tab read: a story changed or deleted in another tab
 * meanwhile is left as it is there, and StaleStoryError says why.
 */
export async function updateStory(story: Story, readRevision: number): Promise<SavedStory> {
  const texts = validated(story);
  const tx = (await database()).transaction("stories", "readwrite");
  const current = await tx.store.get(texts.id);
  if (!current) throw new StaleStoryError("It was deleted in another tab.", "deleted");
  if (revisionOf(current) !== readRevision)
    throw new StaleStoryError(
      "It was changed in another tab since this one read it; here is the latest version.",
      "changed",
    );
  const entry: SavedStory = { story: texts, savedAt: Date.now(), revision: readRevision + 1 };
  await tx.store.put(entry);
  await tx.done;
  return entry;
}

/** What a deleted story took with it from the other stores, so an undo can restore it. */
export type DeletedExtras = {
  corrections: StoredCorrection[];
  /** The reader's own themes as last stored for it, or null if never changed here. */
  ownThemes: Theme[] | null;
};

/**
 * Deletes a story with its corrections and own themes in one transaction
 * (a story saved later under the same id must not inherit them); returns
 * them, so an undo can restore them.
 */
export async function deleteSavedStory(id: string): Promise<DeletedExtras> {
  const tx = (await database()).transaction(["stories", "corrections", "themes"], "readwrite");
  const corrections = tx.objectStore("corrections");
  const themes = tx.objectStore("themes");
  const kept = await corrections.get(id);
  const ownThemes = await themes.get(id);
  await tx.objectStore("stories").delete(id);
  await corrections.delete(id);
  await themes.delete(id);
  await tx.done;
  return {
    corrections: validCorrections(kept?.corrections ?? []),
    ownThemes: ownThemes
      ? (ownThemes.themes as unknown[]).filter((t): t is Theme => v.is(themeSchema, t))
      : null,
  };
}

function validated(story: Story): Story {
  const parsed = parseStory(story);
  if (!parsed.ok) throw new Error(`the story could not be saved: ${parsed.problems[0]}`);
  return parsed.value;
}
