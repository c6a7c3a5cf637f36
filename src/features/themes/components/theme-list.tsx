import { useMemo } from "react";
import type { Theme } from "@/core/story-format.ts";
import { termCounts } from "@/core/themes/tag-passages.ts";
import { themeCoverage, type ThemeCoverage } from "@/core/themes/theme-coverage.ts";
import { describeReach } from "../lib/describe-reach.ts";
import type { StoryThemes } from "../hooks/use-story-themes.ts";
import { isOwnTheme } from "../lib/own-themes.ts";
import { SuggestedThemeControls } from "./suggested-theme-controls.tsx";

type ThemeListProps = {
  themes: StoryThemes;
  onEditOwn: (theme: Theme) => void;
};

const BUTTON =
  "rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/** Every theme of the story with its reach, and what can be done with it. */
export function ThemeList({ themes, onEditOwn }: ThemeListProps) {
  const { comparison, passageThemes } = themes;
  const coverage = useMemo(
    () => (comparison ? themeCoverage(comparison, passageThemes, themes.themes) : null),
    [comparison, passageThemes, themes.themes],
  );
  return (
    <ul className="mt-2 space-y-3" aria-label="Themes in this story">
      {themes.themes.map((theme) => {
        const reach = coverage?.get(theme.id);
        return (
          <li
            key={theme.id}
            className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
          >
            <div className="flex flex-wrap items-center gap-2">
              {themes.suggested && !isOwnTheme(theme) ? (
                <SuggestedThemeControls theme={theme} themes={themes} />
              ) : (
                <span className="min-w-0 flex-1 font-medium">
                  {theme.label}
                  {isOwnTheme(theme) && (
                    <span className="ms-2 text-xs font-normal text-stone-600 dark:text-stone-400">
                      (yours)
                    </span>
                  )}
                </span>
              )}
              {isOwnTheme(theme) && (
                <>
                  <button type="button" onClick={() => onEditOwn(theme)} className={BUTTON}>
                    Edit “{theme.label}”
                  </button>
                  <button
                    type="button"
                    onClick={() => void themes.saveOwn(themes.own.filter((t) => t.id !== theme.id))}
                    className={BUTTON}
                  >
                    Delete “{theme.label}”
                  </button>
                </>
              )}
            </div>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {reach ? describeReach(reach) : "Counting…"} · {theme.terms.join(", ")}
            </p>
            {reach?.wide && <WideNote theme={theme} reach={reach} themes={themes} />}
          </li>
        );
      })}
    </ul>
  );
}

// A theme on most passages: say so, and which of its terms make it broad.
function WideNote({
  theme,
  reach,
  themes,
}: {
  theme: Theme;
  reach: ThemeCoverage;
  themes: StoryThemes;
}) {
  const commonest = themes.index
    ? termCounts(themes.index, theme)
        .filter((t) => t.passages > 0)
        .sort((a, b) => b.passages - a.passages)
        .slice(0, 3)
    : [];
  return (
    <p className="mt-1 text-sm font-medium text-amber-900 dark:text-amber-200">
      <span aria-hidden="true">⚠ </span>On {Math.round(reach.share * 100)}% of passages, filtering
      by it hides little. Narrow it
      {commonest.length > 0 &&
        ` (its commonest words: ${commonest.map((t) => `“${t.term}” in ${t.passages}`).join(", ")})`}
      , or split it into themes of your own.
    </p>
  );
}
