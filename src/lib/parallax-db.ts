/**
 * The app's one IndexedDB database (through idb): the reader's own stories,
 * and a cache of comparison results so reopening a story is instant.
 */
import { openDB, type DBSchema } from "idb";
import type { Story } from "@/core/story-format.ts";

export type SavedStory = { story: Story; savedAt: number };
export type CachedComparison = { key: string; result: unknown; savedAt: number };

export interface ParallaxSchema extends DBSchema {
  stories: { key: string; value: SavedStory; indexes: { savedAt: number } };
  comparisons: { key: string; value: CachedComparison; indexes: { savedAt: number } };
}

const DB_NAME = "parallax";
const DB_VERSION = 2;

let opening: ReturnType<typeof openDB<ParallaxSchema>> | undefined;

export function parallaxDb() {
  opening ??= openDB<ParallaxSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1)
        db.createObjectStore("stories", { keyPath: "story.id" }).createIndex("savedAt", "savedAt");
      if (oldVersion < 2)
        db.createObjectStore("comparisons", { keyPath: "key" }).createIndex("savedAt", "savedAt");
    },
  });
  return opening;
}
