/** The reader's own stories, kept in this browser: list, open, rename, delete with undo, export. */
export { useSavedStories } from "./api/get-saved-stories.ts";
export { useSavedStory } from "./api/get-saved-story.ts";
export { BundledStoryActions, SavedStoryActions } from "./components/saved-story-actions.tsx";
export { useLibraryActions } from "./hooks/use-library-actions.ts";
