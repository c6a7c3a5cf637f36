import { useDeferredValue, useId, useState, type FormEvent } from "react";
import type { Theme } from "@/core/story-format.ts";
import type { StoryThemes } from "../hooks/use-story-themes.ts";
import { ownThemeFrom, termsText } from "../lib/own-themes.ts";
import { ThemePreview } from "./theme-preview.tsx";

type OwnThemeFormProps = {
  themes: StoryThemes;
  /** The own theme being edited; null to add a new one. */
  editing: Theme | null;
  /** Called when the theme is saved (with what to announce) or the edit cancelled. */
  onDone: (announcement?: string) => void;
};

const FIELD =
  "mt-1 w-full rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800";

/** Add (or edit) a theme of the reader's own: a name and words or phrases, with the passages it would tag. */
export function OwnThemeForm({ themes, editing, onDone }: OwnThemeFormProps) {
  const id = useId();
  const [label, setLabel] = useState(editing?.label ?? "");
  const [terms, setTerms] = useState(editing ? termsText(editing) : "");
  const [problem, setProblem] = useState<string | null>(null);
  const taken = new Set(themes.themes.map((t) => t.id));
  const draft = ownThemeFrom(label || "Draft", terms, taken, editing?.id);
  const previewed = useDeferredValue("theme" in draft ? draft.theme : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const made = ownThemeFrom(label, terms, taken, editing?.id);
    if ("problem" in made) {
      setProblem(made.problem);
      return;
    }
    const next = editing
      ? themes.own.map((t) => (t.id === editing.id ? made.theme : t))
      : [...themes.own, made.theme];
    void themes.saveOwn(next);
    onDone(editing ? `Saved “${made.theme.label}”.` : `Added “${made.theme.label}”.`);
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="mt-4 rounded-md border border-violet-200 p-3 dark:border-violet-900"
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {editing ? `Edit “${editing.label}”` : "Add a theme of your own"}
      </h3>
      <form onSubmit={submit} noValidate className="mt-2 space-y-3">
        <label className="block text-sm">
          Theme name
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            // Chosen from the list below: the form is where to type next.
            autoFocus={editing !== null}
            className={FIELD}
          />
        </label>
        <label className="block text-sm">
          Words and phrases
          <textarea
            value={terms}
            onChange={(e) => setTerms(e.target.value)}
            rows={2}
            aria-describedby={`${id}-hint`}
            className={FIELD}
          />
        </label>
        <p id={`${id}-hint`} className="text-xs text-stone-600 dark:text-stone-400">
          Separate them with commas. Other forms of a word count (“strike” finds “strikes”); a word
          found in most passages counts for less.
        </p>
        <ThemePreview themes={themes} theme={previewed} />
        {problem && (
          <p role="alert" className="text-sm text-red-800 dark:text-red-300">
            {problem}
          </p>
        )}
        <div className="flex gap-2">
          <button
            type="submit"
            className="rounded-md bg-violet-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-violet-900 dark:bg-violet-300 dark:text-stone-950 dark:hover:bg-violet-200"
          >
            {editing ? "Save theme" : "Add theme"}
          </button>
          {editing && (
            <button
              type="button"
              onClick={() => onDone()}
              className="rounded-md border border-stone-300 px-3 py-1.5 text-sm dark:border-stone-600"
            >
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
