import type { Theme } from "@/core/story-format.ts";
import type { StoryThemes } from "../hooks/use-story-themes.ts";
import { isOwnTheme } from "../lib/own-themes.ts";

type SuggestedThemeControlsProps = { theme: Theme; themes: StoryThemes };

/** Rename, merge or delete one suggested theme. */
export function SuggestedThemeControls({ theme, themes }: SuggestedThemeControlsProps) {
  const { edit } = themes;
  return (
    <>
      <input
        aria-label={`Name of the theme “${theme.label}”`}
        defaultValue={theme.label}
        onBlur={(event) => {
          const label = event.target.value;
          edit((edits) => ({ ...edits, labels: { ...edits.labels, [theme.id]: label } }));
        }}
        className="min-w-0 flex-1 rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
      />
      <select
        aria-label={`Merge “${theme.label}” into`}
        value=""
        onChange={(event) => {
          const into = event.target.value;
          if (into)
            edit((edits) => ({ ...edits, mergedInto: { ...edits.mergedInto, [theme.id]: into } }));
        }}
        className="rounded-md border border-stone-300 py-1 ps-2 pe-7 text-sm dark:border-stone-600 dark:bg-stone-800"
      >
        <option value="">Merge into…</option>
        {themes.themes
          .filter((other) => other.id !== theme.id && !isOwnTheme(other))
          .map((other) => (
            <option key={other.id} value={other.id}>
              {other.label}
            </option>
          ))}
      </select>
      <button
        type="button"
        onClick={() => edit((edits) => ({ ...edits, deleted: [...edits.deleted, theme.id] }))}
        className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        Delete “{theme.label}”
      </button>
    </>
  );
}
