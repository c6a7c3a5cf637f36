import type { ReactNode } from "react";
import type { Theme } from "@/core/story-format.ts";
import {
  THEME_MATCHES,
  type ThemeMatch,
  type ComparisonView,
} from "@/features/comparison/index.ts";

type ThemeFilterBarProps = {
  themes: readonly Theme[];
  /** The themes were suggested from the text (the story has no curated ones). */
  suggested: boolean;
  /** A control to rename, merge or delete suggested themes. */
  editor: ReactNode;
  /** The comparison, for the counts; null while it runs (the toggles wait, disabled). */
  view: ComparisonView | null;
  selected: readonly string[];
  match: ThemeMatch;
  onChange: (selected: string[], match: ThemeMatch) => void;
};

/** Follow one thread through every version: a toggle per theme, with how many passages carry it. */
export function ThemeFilterBar({
  themes,
  suggested,
  editor,
  view,
  selected,
  match,
  onChange,
}: ThemeFilterBarProps) {
  const counts = new Map<string, number>();
  for (const version of view?.versions ?? []) {
    for (const passage of version.passages)
      for (const id of passage.themes) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const toggle = (id: string) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id], match);
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <div role="group" aria-label="Themes" className="flex flex-wrap items-center gap-1.5">
        <span aria-hidden="true" className="me-1 font-medium text-stone-600 dark:text-stone-300">
          {suggested ? "Suggested themes" : "Themes"}
        </span>
        {themes.map((theme) => {
          const on = selected.includes(theme.id);
          return (
            <button
              key={theme.id}
              type="button"
              aria-pressed={on}
              disabled={view === null}
              title={theme.description}
              onClick={() => toggle(theme.id)}
              className={`rounded-full border px-2.5 py-0.5 disabled:opacity-60 ${
                on
                  ? "border-violet-800 bg-violet-800 text-white dark:border-violet-300 dark:bg-violet-300 dark:text-stone-950"
                  : "border-stone-300 hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
              }`}
            >
              {theme.label}{" "}
              {/* A placeholder of about a count's width while the counts are found. */}
              <span className="tabular-nums opacity-80">
                {view ? (counts.get(theme.id) ?? 0) : "··"}
              </span>
            </button>
          );
        })}
      </div>
      {selected.length > 1 && (
        <fieldset className="flex items-center gap-2">
          <legend className="sr-only">Passages must carry</legend>
          {THEME_MATCHES.map((value) => (
            <label key={value} className="flex items-center gap-1">
              <input
                type="radio"
                name="theme-match"
                checked={match === value}
                onChange={() => onChange([...selected], value)}
              />
              {value === "any" ? "any of them" : "all of them"}
            </label>
          ))}
        </fieldset>
      )}
      {editor}
      {selected.length > 0 && (
        <button
          type="button"
          onClick={() => onChange([], match)}
          className="underline underline-offset-2"
        >
          Clear themes
        </button>
      )}
    </div>
  );
}
