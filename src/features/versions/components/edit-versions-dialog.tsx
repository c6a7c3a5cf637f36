import { useRef, useState } from "react";
import { ModalDialog } from "@/components/modal-dialog.tsx";
import type { Story } from "@/core/story-format.ts";
import { countWordsInBlocks } from "@/core/text/count-words.ts";
import { FilePicker, VersionFields } from "@/features/import/index.ts";
import { useVersionEdits } from "../hooks/use-version-edits.ts";
import { VersionRowFields } from "./version-row-fields.tsx";

type EditVersionsDialogProps = {
  story: Story;
  /** A story that came with Parallax: the edits are saved as the reader's own copy. */
  bundled: boolean;
  /** Keeps the edited story; throws to report a failure. */
  onSave: (next: Story) => Promise<void>;
};

const quiet =
  "rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/**
 * "Edit versions": relabel each version and say where it came from (outlet,
 * byline, time, address), remove versions, add new ones; saving recomputes
 * the comparison. Save stays in view however many versions the story has.
 */
export function EditVersionsDialog({ story, bundled, onSave }: EditVersionsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useVersionEdits(story, onSave);
  // The form is drawn only while open: a story of 200 versions makes 200 rows.
  const [open, setOpen] = useState(false);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          form.reset();
          setOpen(true);
          dialog.current?.showModal();
        }}
        className="text-sm text-stone-600 underline underline-offset-2 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white"
      >
        Edit versions
      </button>
      <ModalDialog
        ref={dialog}
        labelledBy="edit-versions-title"
        width="wide"
        onClose={() => setOpen(false)}
      >
        {open && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void form.save().then((saved) => saved && close());
            }}
          >
            <h2 id="edit-versions-title" className="text-lg font-semibold">
              Versions of “{story.title}”
            </h2>
            <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
              {bundled
                ? "This story came with Parallax: your changes are saved as your own copy, in this browser."
                : "Changes are saved in this browser. A removed version's text leaves this comparison; your links on it are then listed as not applied."}
            </p>
            <ul className="mt-4 space-y-3">
              {form.rows.map((row) => {
                // Just saved without it, the story may lose a row's version before the dialog closes.
                const version = story.versions.find((v) => v.id === row.id);
                if (!version) return null;
                return (
                  <VersionRowFields
                    key={row.id}
                    row={row}
                    name={version.label}
                    words={countWordsInBlocks(version.blocks)}
                    canRemove={form.kept > 2}
                    onChange={form.setRow}
                  />
                );
              })}
            </ul>
            <section aria-labelledby="add-versions-title" className="mt-6 space-y-3">
              <h3 id="add-versions-title" className="text-base font-semibold">
                Add versions
              </h3>
              <FilePicker onFiles={(files) => void form.addFiles(files)} />
              {form.added.map((draft, i) => (
                <VersionFields
                  key={i}
                  index={story.versions.length + i}
                  draft={draft}
                  canRemove
                  onChange={(next) => form.setAdded(form.added.map((d, j) => (j === i ? next : d)))}
                  onRemove={() => form.setAdded(form.added.filter((_, j) => j !== i))}
                />
              ))}
              <button
                type="button"
                onClick={() => form.setAdded([...form.added, { label: "", text: "" }])}
                className="text-sm underline underline-offset-2"
              >
                Paste a version
              </button>
            </section>
            {/* In view at the dialog's foot however long the list grows. */}
            <div className="sticky -bottom-6 -mx-6 mt-4 -mb-6 border-t border-stone-200 bg-white px-6 py-3 dark:border-stone-700 dark:bg-stone-900">
              {form.problems.length > 0 && (
                <ul role="alert" className="mb-2 space-y-1 text-sm text-red-800 dark:text-red-300">
                  {form.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
              <div className="flex justify-end gap-2">
                <button type="button" onClick={close} className={quiet}>
                  Cancel
                </button>
                <button
                  type="submit"
                  disabled={form.busy}
                  className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
                >
                  {bundled ? "Save as a copy" : "Save versions"}
                </button>
              </div>
            </div>
          </form>
        )}
      </ModalDialog>
    </>
  );
}
