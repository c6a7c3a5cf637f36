/**
 * The reader's own stories, kept in this browser's IndexedDB (through idb).
 * Each save is one transaction: a tab closed midway leaves the previous
 * state whole. Nothing is uploaded.
 */
import { parseStory, type Story } from "@/core/story-format.ts";
import { parallaxDb as database, type SavedStory } from "@/lib/parallax-db.ts";

export type { SavedStory };

/** Every saved story, newest first; entries that no longer validate are skipped. */
export async function listSavedStories(): Promise<SavedStory[]> {
  const all = await (await database()).getAllFromIndex("stories", "savedAt");
  return all.filter((entry) => parseStory(entry.story).ok).reverse();
}

export async function getSavedStory(id: string): Promise<SavedStory | undefined> {
  return (await database()).get("stories", id);
}

/** Saves (or replaces) a story, after validating it. */
export async function saveStory(story: Story): Promise<void> {
  const parsed = parseStory(story);
  if (!parsed.ok) throw new Error(`the story could not be saved: ${parsed.problems[0]}`);
  await (await database()).put("stories", { story: parsed.value, savedAt: Date.now() });
}

export async function deleteSavedStory(id: string): Promise<void> {
  await (await database()).delete("stories", id);
}
