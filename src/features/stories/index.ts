/** The bundled stories: their index and files over HTTP, the picker, and the open story in the URL. */
export { useStoryIndex } from "./api/get-story-index.ts";
export { useStory } from "./api/get-story.ts";
export { StoryPicker, type StoryChoice } from "./components/story-picker.tsx";
export { useStoryParam } from "./hooks/use-story-param.ts";
