/** The story's themes: the filter, the editor (suggested themes' edits, the reader's own themes), and the themes per passage. */
export { ThemeEditor } from "./components/theme-editor.tsx";
export { ThemeFilterBar } from "./components/theme-filter.tsx";
export { useStoryThemes, type StoryThemes } from "./hooks/use-story-themes.ts";
