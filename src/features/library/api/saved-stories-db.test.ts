import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { StoredCorrection, Story } from "@/core/story-format.ts";

const story = (id: string, title: string, text: string): Story => ({
  id,
  title,
  versions: [
    { id: "a", label: "Draft", blocks: [{ kind: "paragraph", text }] },
    { id: "b", label: "Published", blocks: [{ kind: "paragraph", text: `${text} Later.` }] },
  ],
});

const correction: StoredCorrection = {
  id: "c1",
  kind: "link",
  a: { version: "a", start: 0, end: 3, text: "One" },
  b: { version: "b", start: 0, end: 3, text: "One" },
  createdAt: 1,
};

// Each test gets an empty database and a module that has opened no connection yet.
async function freshDb() {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  return import("./saved-stories-db.ts");
}

describe("saving the reader's stories", () => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeEach(async () => {
    db = await freshDb();
  });

  it("gives a story saved under a taken id the next free one, and keeps both", async () => {
    const first = await db.saveNewStory(story("my-lanes", "Lanes", "One text."));
    // A second tab that did not know the id was taken asks for it too, twice.
    const second = await db.saveNewStory(story("my-lanes", "Lanes", "Another text."));
    const third = await db.saveNewStory(story("my-lanes", "Lanes", "A third text."));
    expect([first, second, third].map((s) => s.story.id)).toEqual([
      "my-lanes",
      "my-lanes-2",
      "my-lanes-3",
    ]);
    const texts = await Promise.all(
      ["my-lanes", "my-lanes-2", "my-lanes-3"].map(async (id) => {
        const saved = await db.getSavedStory(id);
        return saved?.story.versions[0]?.blocks[0]?.text;
      }),
    );
    expect(texts).toEqual(["One text.", "Another text.", "A third text."]);
  });

  it("allocates distinct ids to saves started at the same moment", async () => {
    const saved = await Promise.all(
      ["One.", "Two.", "Three."].map((text) => db.saveNewStory(story("my-x", "X", text))),
    );
    expect(new Set(saved.map((s) => s.story.id)).size).toBe(3);
    expect(await db.listSavedStories()).toHaveLength(3);
  });

  it("stores a new story's corrections under the id it got, and none of a former holder's", async () => {
    const { getCorrections } = await import("@/lib/reader-corrections.ts");
    await db.saveNewStory(story("my-a", "A", "One text."), [correction]);
    expect(await db.deleteSavedStory("my-a")).toEqual({
      corrections: [correction],
      ownThemes: null,
    });
    expect(await getCorrections("my-a")).toEqual([]);
    await db.saveNewStory(story("my-b", "B", "One text."));
    const restored = await db.saveNewStory(story("my-b", "B", "Other."), [correction]);
    expect(await getCorrections(restored.story.id)).toEqual([correction]);
    expect(await getCorrections("my-b")).toEqual([]);
  });

  it("deletes a story's own themes with it, returns them for an undo, and never hands them to a new holder", async () => {
    const { getOwnThemes, putOwnThemes } = await import("@/lib/reader-themes.ts");
    const theme = { id: "ferry", label: "Ferry", terms: ["ferry"] };
    await db.saveNewStory(story("my-a", "A", "One text."));
    await putOwnThemes("my-a", [theme]);
    expect(await db.deleteSavedStory("my-a")).toEqual({ corrections: [], ownThemes: [theme] });
    expect(await getOwnThemes("my-a")).toBeNull();
    await putOwnThemes("my-b", [theme]); // left behind by an older release
    await db.saveNewStory(story("my-b", "B", "Other."));
    expect(await getOwnThemes("my-b")).toBeNull();
  });

  it("renames a story this tab read at its current revision", async () => {
    const saved = await db.saveNewStory(story("my-a", "A", "One text."));
    const renamed = await db.updateStory({ ...saved.story, title: "B" }, db.revisionOf(saved));
    expect(db.revisionOf(renamed)).toBe(db.revisionOf(saved) + 1);
    expect((await db.getSavedStory("my-a"))?.story.title).toBe("B");
  });

  it("refuses a stale tab's rename of a story changed elsewhere, keeping the other change", async () => {
    const read = await db.saveNewStory(story("my-a", "A", "One text."));
    await db.updateStory({ ...read.story, title: "Renamed elsewhere" }, db.revisionOf(read));
    await expect(
      db.updateStory({ ...read.story, title: "Mine" }, db.revisionOf(read)),
    ).rejects.toMatchObject({
      name: "StaleStoryError",
      reason: "changed",
    });
    expect((await db.getSavedStory("my-a"))?.story.title).toBe("Renamed elsewhere");
  });

  it("refuses a stale tab's rename of a story deleted elsewhere, which stays deleted", async () => {
    const read = await db.saveNewStory(story("my-a", "A", "One text."));
    await db.deleteSavedStory("my-a");
    await expect(
      db.updateStory({ ...read.story, title: "Mine" }, db.revisionOf(read)),
    ).rejects.toMatchObject({
      reason: "deleted",
    });
    expect(await db.getSavedStory("my-a")).toBeUndefined();
    expect(await db.listSavedStories()).toEqual([]);
  });

  it("renames a story saved before revisions were kept (read as revision 0)", async () => {
    const { parallaxDb } = await import("@/lib/parallax-db.ts");
    await (
      await parallaxDb()
    ).put("stories", { story: story("my-old", "Old", "Text."), savedAt: 1 });
    const read = await db.getSavedStory("my-old");
    expect(read && db.revisionOf(read)).toBe(0);
    await db.updateStory({ ...read!.story, title: "New" }, 0);
    expect((await db.getSavedStory("my-old"))?.revision).toBe(1);
  });
});
