/**
 * News between tabs of this app about the reader's stories, corrections and own themes
 * (BroadcastChannel "parallax-library"): a tab that writes one says so, and
 * every other tab re-reads what it shows. IndexedDB is shared by the tabs but
 * tells none of them when another writes. Without BroadcastChannel (very old
 * browsers) tabs simply learn of changes at their next read; the checks in
 * the save transactions still keep every write safe.
 */

/** What changed: a saved story (saved, renamed or deleted), a story's corrections or own themes. */
export type LibraryChange =
  | { kind: "story"; id: string }
  | { kind: "corrections"; storyId: string }
  | { kind: "themes"; storyId: string };

const CHANNEL_NAME = "parallax-library";

// One channel per page: a channel never hears its own messages, so a tab is
// not told of its own writes.
let channel: BroadcastChannel | null | undefined;

function pageChannel(): BroadcastChannel | null {
  channel ??= typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

/** Tells the app's other tabs that something they may show has changed. */
export function announceChange(change: LibraryChange): void {
  pageChannel()?.postMessage(change);
}

/** Calls `listener` for each change another tab announces; returns how to stop. */
export function onChangeElsewhere(listener: (change: LibraryChange) => void): () => void {
  const found = pageChannel();
  if (!found) return () => {};
  const handle = (event: MessageEvent<unknown>) => {
    if (isChange(event.data)) listener(event.data);
  };
  found.addEventListener("message", handle);
  return () => found.removeEventListener("message", handle);
}

function isChange(data: unknown): data is LibraryChange {
  if (typeof data !== "object" || data === null) return false;
  const change = data as Record<string, unknown>;
  return (
    (change.kind === "story" && typeof change.id === "string") ||
    ((change.kind === "corrections" || change.kind === "themes") &&
      typeof change.storyId === "string")
  );
}
