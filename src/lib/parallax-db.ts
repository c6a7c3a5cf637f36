/**
 * The app's one IndexedDB database (through idb): the reader's own stories,
 * the reader's corrections to each story's links and the reader's own
 * themes (bundled stories too), and a cache of comparison results so
 * reopening a story is instant.
 */
import { openDB, type DBSchema } from "idb";
import type { StoredCorrection, Story, Theme } from "@/core/story-format.ts";

/**
 * One of the reader's stories. `revision` counts its writes, so that a tab
 * can tell its copy is out of date before writing over another tab's change;
 * entries saved before it existed lack it and count as revision 0.
 */
export type SavedStory = { story: Story; savedAt: number; revision?: number };
/** The reader's corrections to one story (links and unlinks), oldest first. */
export type StoryCorrections = { storyId: string; corrections: StoredCorrection[] };
/** The themes a reader added to one story (an empty list is kept: the story's file must not bring back deleted ones). */
export type StoryOwnThemes = { storyId: string; themes: Theme[] };
/** A cached result, with its approximate size in bytes (to keep the cache within bounds). */
export type CachedComparison = { key: string; result: unknown; savedAt: number; bytes: number };

export interface ParallaxSchema extends DBSchema {
  stories: { key: string; value: SavedStory; indexes: { savedAt: number } };
  corrections: { key: string; value: StoryCorrections };
  themes: { key: string; value: StoryOwnThemes };
  comparisons: {
    key: string;
    value: CachedComparison;
    // The compound index lets the cache count sizes without reading any result back.
    indexes: { savedAt: number; savedAtBytes: [number, number] };
  };
}

const DB_NAME = "parallax";
const DB_VERSION = 5;

type ParallaxDb = Awaited<ReturnType<typeof openDB<ParallaxSchema>>>;

/** Why the database cannot open while a tab of an older release holds it. */
export const BLOCKED_MESSAGE =
  "Parallax is open in another tab from an earlier release. Close that tab to reach your saved stories.";

let opening: Promise<ParallaxDb> | undefined;

/**
 * The database, opened once per page. An older release open in another tab
 * can hold back an upgrade indefinitely: then this fails with
 * BLOCKED_MESSAGE at once (a cache read becomes a miss, the library says
 * why), and the next call tries again. This release steps aside for a newer
 * one by closing its connection.
 */
export function parallaxDb(): Promise<ParallaxDb> {
  opening ??= new Promise<ParallaxDb>((resolve, reject) => {
    openDB<ParallaxSchema>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, transaction) {
        if (oldVersion < 1)
          db.createObjectStore("stories", { keyPath: "story.id" }).createIndex(
            "savedAt",
            "savedAt",
          );
        if (oldVersion < 2)
          db.createObjectStore("comparisons", { keyPath: "key" }).createIndex("savedAt", "savedAt");
        if (oldVersion < 3) {
          // Results from before sizes were kept: a cache, so simply dropped.
          const comparisons = transaction.objectStore("comparisons");
          // A failure here aborts the upgrade, and the open reports it.
          comparisons.clear().catch(() => {});
          comparisons.createIndex("savedAtBytes", ["savedAt", "bytes"]);
        }
        if (oldVersion < 4) db.createObjectStore("corrections", { keyPath: "storyId" });
        if (oldVersion < 5) {
          db.createObjectStore("themes", { keyPath: "storyId" });
          // Results tagged by the earlier theme tagger (tags carried through
          // groups): a cache, so dropped rather than shown with stale tags.
          if (oldVersion >= 2)
            transaction
              .objectStore("comparisons")
              .clear()
              .catch(() => {});
        }
      },
      blocked() {
        opening = undefined;
        reject(new Error(BLOCKED_MESSAGE));
      },
      blocking() {
        void opening?.then((db) => db.close());
        opening = undefined;
      },
    }).then(resolve, (error: unknown) => {
      opening = undefined;
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
  return opening;
}
