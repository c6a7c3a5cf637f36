/** A story the reader can open: bundled with the app, or their own. */
export type StoryChoice = { id: string; title: string; source: "bundled" | "saved" };

type StoryPickerProps = {
  stories: readonly StoryChoice[];
  selectedId: string;
  onSelect: (id: string) => void;
};

/** Chooses which story to read; shown only when there is a choice. */
export function StoryPicker({ stories, selectedId, onSelect }: StoryPickerProps) {
  if (stories.length < 2) return null;
  const bundled = stories.filter((s) => s.source === "bundled");
  const saved = stories.filter((s) => s.source === "saved");
  const options = (list: readonly StoryChoice[]) =>
    list.map((story) => (
      <option key={story.id} value={story.id}>
        {story.title}
      </option>
    ));
  return (
    <label className="flex min-w-0 items-center gap-2 text-sm max-sm:order-last max-sm:basis-full">
      <span className="font-medium text-stone-600 dark:text-stone-300">Story</span>
      <select
        value={selectedId}
        onChange={(event) => onSelect(event.target.value)}
        className="max-w-[28rem] min-w-0 truncate rounded-md max-sm:max-w-none max-sm:flex-1 border border-stone-300 bg-white py-1.5 ps-2 pe-8 text-stone-900 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        {saved.length === 0 ? (
          options(bundled)
        ) : (
          <>
            <optgroup label="Bundled">{options(bundled)}</optgroup>
            <optgroup label="Yours">{options(saved)}</optgroup>
          </>
        )}
      </select>
    </label>
  );
}
