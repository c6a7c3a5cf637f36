/**
 * The library's parts shown only on request, loaded after first paint
 * (a second public entry, so that they split from the rest of the feature,
 * which the page needs at once).
 */
export { SavedStoriesDialog } from "./components/saved-stories-dialog.tsx";
