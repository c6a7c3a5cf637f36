import { useState } from "react";
import type { Theme } from "@/core/story-format.ts";
import type { StoryThemes } from "../hooks/use-story-themes.ts";
import { OwnThemeForm } from "./own-theme-form.tsx";
import { ThemeList } from "./theme-list.tsx";

/** What the theme editor holds: the form for a theme of one's own, then every theme with its reach. */
export default function ThemeEditorBody({ themes }: { themes: StoryThemes }) {
  const [editing, setEditing] = useState<Theme | null>(null);
  // A new key after each theme added clears the form.
  const [round, setRound] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  return (
    <>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {themes.suggested
          ? "Suggested from names and phrases that several versions use."
          : "The story’s own themes."}{" "}
        A passage has a theme when its own words carry it. Your changes and themes are kept in this
        browser.
      </p>
      <OwnThemeForm
        key={editing?.id ?? `new-${round}`}
        themes={themes}
        editing={editing}
        onDone={(said) => {
          setEditing(null);
          setRound((r) => r + 1);
          setAnnouncement(said ?? "");
        }}
      />
      <p role="status" className="mt-2 text-sm">
        {announcement}
      </p>
      <h3 className="mt-6 font-semibold">Themes in this story</h3>
      <ThemeList themes={themes} onEditOwn={setEditing} />
      {themes.ownProblem && (
        <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
          {themes.ownProblem}
        </p>
      )}
      <form method="dialog" className="mt-6 flex justify-between gap-2">
        {themes.suggested ? (
          <button
            type="button"
            onClick={() => themes.edit(() => ({ labels: {}, mergedInto: {}, deleted: [] }))}
            className="text-sm underline underline-offset-2"
          >
            Restore the suggestions
          </button>
        ) : (
          <span />
        )}
        <button
          type="submit"
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
        >
          Done
        </button>
      </form>
    </>
  );
}
