import type { StoryIndexEntry } from "@/core/story-format.ts";

type StoryPickerProps = {
  stories: readonly StoryIndexEntry[];
  selectedId: string;
  onSelect: (id: string) => void;
};

/** Chooses which story to read; shown only when there is a choice. */
export function StoryPicker({ stories, selectedId, onSelect }: StoryPickerProps) {
  if (stories.length < 2) return null;
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm">
      <span className="font-medium text-stone-600 dark:text-stone-300">Story</span>
      <select
        value={selectedId}
        onChange={(event) => onSelect(event.target.value)}
        className="min-w-0 max-w-[28rem] truncate rounded-md border border-stone-300 bg-white py-1.5 ps-2 pe-8 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {stories.map((story) => (
          <option key={story.id} value={story.id}>
            {story.title}
          </option>
        ))}
      </select>
    </label>
  );
}
