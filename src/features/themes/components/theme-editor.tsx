import { useRef } from "react";
import type { Theme } from "@/core/story-format.ts";
import type { ThemeEdits } from "../lib/theme-edits.ts";
import { ModalDialog } from "@/components/modal-dialog.tsx";

type ThemeEditorProps = {
  themes: readonly Theme[];
  onEdit: (change: (edits: ThemeEdits) => ThemeEdits) => void;
};

/** Rename, merge or delete suggested themes; changes apply at once and are kept. */
export function ThemeEditor({ themes, onEdit }: ThemeEditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="underline underline-offset-2"
      >
        Edit themes
      </button>
      <ModalDialog ref={dialog} labelledBy="theme-editor-title" width="medium">
        <h2 id="theme-editor-title" className="text-lg font-semibold">
          Edit suggested themes
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Suggested from the words that set some passages apart. Changes are kept in this browser.
        </p>
        <ul className="mt-4 space-y-3">
          {themes.map((theme) => (
            <li key={theme.id} className="flex flex-wrap items-center gap-2">
              <input
                aria-label={`Name of the theme “${theme.label}”`}
                defaultValue={theme.label}
                onBlur={(event) => {
                  const label = event.target.value;
                  onEdit((edits) => ({ ...edits, labels: { ...edits.labels, [theme.id]: label } }));
                }}
                className="min-w-0 flex-1 rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
              />
              <select
                aria-label={`Merge “${theme.label}” into`}
                value=""
                onChange={(event) => {
                  const into = event.target.value;
                  if (into)
                    onEdit((edits) => ({
                      ...edits,
                      mergedInto: { ...edits.mergedInto, [theme.id]: into },
                    }));
                }}
                className="rounded-md border border-stone-300 py-1 ps-2 pe-7 text-sm dark:border-stone-600 dark:bg-stone-800"
              >
                <option value="">Merge into…</option>
                {themes
                  .filter((other) => other.id !== theme.id)
                  .map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.label}
                    </option>
                  ))}
              </select>
              <button
                type="button"
                onClick={() =>
                  onEdit((edits) => ({ ...edits, deleted: [...edits.deleted, theme.id] }))
                }
                className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
              >
                Delete “{theme.label}”
              </button>
            </li>
          ))}
        </ul>
        <form method="dialog" className="mt-6 flex justify-between gap-2">
          <button
            type="button"
            onClick={() => onEdit(() => ({ labels: {}, mergedInto: {}, deleted: [] }))}
            className="text-sm underline underline-offset-2"
          >
            Restore the suggestions
          </button>
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
          >
            Done
          </button>
        </form>
      </ModalDialog>
    </>
  );
}
