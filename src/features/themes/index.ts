/** The story's themes: the filter, the reader's edits to suggested themes, and the themes per passage. */
export { ThemeEditor } from "./components/theme-editor.tsx";
export { ThemeFilterBar } from "./components/theme-filter.tsx";
export { useStoryThemes } from "./hooks/use-story-themes.ts";
