/**
 * The reader's own stories, kept in this browser: list, open, rename, delete
 * with undo, export. The "Your stories" dialog has an entry of its own
 * (after-first-paint.ts), so it loads after first paint.
 */
export { useSavedStories } from "./api/get-saved-stories.ts";
export { useSavedStory } from "./api/get-saved-story.ts";
export type { SavedStory } from "./api/saved-stories-db.ts";
export { BundledStoryActions, SavedStoryActions } from "./components/saved-story-actions.tsx";
export { useChangesElsewhere } from "./hooks/use-changes-elsewhere.ts";
export { useLibraryActions } from "./hooks/use-library-actions.ts";
