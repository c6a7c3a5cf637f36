import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";

// The database as the release before this one (version 2) created it.
function openAsVersion2(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("parallax", 2);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("stories", { keyPath: "story.id" }).createIndex("savedAt", "savedAt");
      db.createObjectStore("comparisons", { keyPath: "key" }).createIndex("savedAt", "savedAt");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

// The database as release `version` (3 or 4) created it, holding one story saved without a revision
// (and, from version 4, a story's corrections and a cached result).
function openAsVersion(version: 3 | 4): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open("parallax", version);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore("stories", { keyPath: "story.id" }).createIndex("savedAt", "savedAt");
      const comparisons = db.createObjectStore("comparisons", { keyPath: "key" });
      comparisons.createIndex("savedAt", "savedAt");
      comparisons.createIndex("savedAtBytes", ["savedAt", "bytes"]);
      if (version >= 4) db.createObjectStore("corrections", { keyPath: "storyId" });
      request.transaction?.objectStore("stories").put({ story: { id: "kept" }, savedAt: 1 });
      if (version >= 4) {
        request.transaction?.objectStore("corrections").put({ storyId: "kept", corrections: [] });
        request.transaction?.objectStore("comparisons").put({ key: "old", result: {}, savedAt: 1 });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe("the app's database", () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    vi.resetModules(); // A fresh module: no connection opened yet.
  });

  it("upgrades an earlier release's database, keeping stories and dropping old results", async () => {
    const old = await openAsVersion2();
    const write = old.transaction(["stories", "comparisons"], "readwrite");
    write.objectStore("stories").put({ story: { id: "kept" }, savedAt: 1 });
    write.objectStore("comparisons").put({ key: "stale", result: {}, savedAt: 1 });
    await new Promise((resolve) => (write.oncomplete = resolve));
    old.close();
    const { parallaxDb } = await import("./parallax-db.ts");
    const db = await parallaxDb();
    expect(db.version).toBe(5);
    expect(db.objectStoreNames.contains("corrections")).toBe(true);
    expect(await db.get("stories", "kept")).toBeDefined();
    expect(await db.get("comparisons", "stale")).toBeUndefined();
    expect(db.transaction("comparisons").store.indexNames.contains("savedAtBytes")).toBe(true);
  });

  it("says so at once, rather than waiting, while an older release holds the database open", async () => {
    const old = await openAsVersion2(); // Never closes by itself, as that release did not.
    const { parallaxDb, BLOCKED_MESSAGE } = await import("./parallax-db.ts");
    await expect(parallaxDb()).rejects.toThrow(BLOCKED_MESSAGE);
    old.close();
    // Once that tab is gone, the next attempt opens it.
    expect((await parallaxDb()).version).toBe(5);
  });

  it("keeps a version 4 database's corrections, adds the themes store, and drops results tagged the old way", async () => {
    (await openAsVersion(4)).close();
    const { parallaxDb } = await import("./parallax-db.ts");
    const db = await parallaxDb();
    expect(await db.get("corrections", "kept")).toEqual({ storyId: "kept", corrections: [] });
    expect(await db.get("comparisons", "old")).toBeUndefined();
    const { getOwnThemes, putOwnThemes } = await import("./reader-themes.ts");
    expect(await getOwnThemes("kept")).toBeNull();
    await putOwnThemes("kept", [{ id: "own-ports", label: "Ports", terms: ["port", "harbour"] }]);
    expect(await getOwnThemes("kept")).toEqual([
      { id: "own-ports", label: "Ports", terms: ["port", "harbour"] },
    ]);
    await putOwnThemes("kept", []);
    expect(await getOwnThemes("kept")).toEqual([]);
  });

  it.each([3, 4] as const)(
    "opens a version %i database with its stories, which count as revision 0",
    async (version) => {
      (await openAsVersion(version)).close();
      const { parallaxDb } = await import("./parallax-db.ts");
      const db = await parallaxDb();
      expect(db.version).toBe(5);
      expect(db.objectStoreNames.contains("corrections")).toBe(true);
      expect(db.objectStoreNames.contains("themes")).toBe(true);
      expect((await db.get("stories", "kept"))?.revision).toBeUndefined();
    },
  );
});
