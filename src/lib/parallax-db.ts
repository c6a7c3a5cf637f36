/**
 * The app's one IndexedDB database (through idb): the reader's own stories,
 * and a cache of comparison results so reopening a story is instant.
 */
import { openDB, type DBSchema } from "idb";
import type { Story } from "@/core/story-format.ts";

export type SavedStory = { story: Story; savedAt: number };
/** A cached result, with its approximate size in bytes (to keep the cache within bounds). */
export type CachedComparison = { key: string; result: unknown; savedAt: number; bytes: number };

export interface ParallaxSchema extends DBSchema {
  stories: { key: string; value: SavedStory; indexes: { savedAt: number } };
  comparisons: {
    key: string;
    value: CachedComparison;
    // The compound index lets the cache count sizes without reading any result back.
    indexes: { savedAt: number; savedAtBytes: [number, number] };
  };
}

const DB_NAME = "parallax";
const DB_VERSION = 3;

let opening: ReturnType<typeof openDB<ParallaxSchema>> | undefined;

export function parallaxDb() {
  opening ??= openDB<ParallaxSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1)
        db.createObjectStore("stories", { keyPath: "story.id" }).createIndex("savedAt", "savedAt");
      if (oldVersion < 2)
        db.createObjectStore("comparisons", { keyPath: "key" }).createIndex("savedAt", "savedAt");
      if (oldVersion < 3) {
        // Results from before sizes were kept: a cache, so simply dropped.
        const comparisons = transaction.objectStore("comparisons");
        void comparisons.clear();
        comparisons.createIndex("savedAtBytes", ["savedAt", "bytes"]);
      }
    },
  });
  return opening;
}
