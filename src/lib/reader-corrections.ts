/**
 * The reader's corrections to a story's links, kept per story id in
 * IndexedDB: for a bundled story they are the reader's own layer over it; a
 * saved story's travel with its JSON export. Each write replaces the story's
 * whole list in one transaction, so a closed tab never leaves half a change,
 * and tells the app's other tabs, so they re-read it.
 */
import { correctionSchema, type StoredCorrection } from "@/core/story-format.ts";
import * as v from "valibot";
import { announceChange } from "./library-channel.ts";
import { parallaxDb } from "./parallax-db.ts";

/** The query that holds a story's corrections on the page (one key for every feature). */
export const correctionsQueryKey = (storyId: string) => ["corrections", storyId] as const;

/** The entries of a stored list that still validate: what was stored may predate the schema. */
export function validCorrections(stored: readonly unknown[]): StoredCorrection[] {
  return stored.filter((c): c is StoredCorrection => v.is(correctionSchema, c));
}

/** The story's corrections, oldest first; entries that no longer validate are skipped. */
export async function getCorrections(storyId: string): Promise<StoredCorrection[]> {
  const entry = await (await parallaxDb()).get("corrections", storyId);
  return validCorrections(entry?.corrections ?? []);
}

/** Replaces the story's corrections (an empty list removes the entry), and tells other tabs. */
export async function putCorrections(
  storyId: string,
  corrections: readonly StoredCorrection[],
): Promise<void> {
  const db = await parallaxDb();
  if (corrections.length === 0) await db.delete("corrections", storyId);
  else await db.put("corrections", { storyId, corrections: [...corrections] });
  announceChange({ kind: "corrections", storyId });
}
