import { Plus } from "lucide-react";
import { useRef } from "react";
import type { Story } from "@/core/story-format.ts";
import { useNewComparison } from "../hooks/use-new-comparison.ts";
import { FilePicker } from "./file-picker.tsx";
import { ImportMessages } from "./import-messages.tsx";
import { PickedFiles } from "./picked-files.tsx";
import { VersionFields } from "./version-fields.tsx";
import { ModalDialog } from "@/components/modal-dialog.tsx";

type NewComparisonProps = {
  /** Ids already in use, so a new story gets its own. */
  takenIds: ReadonlySet<string>;
  /** Keeps the story and opens it; throws to report a failure. Called once per story. */
  onCreate: (story: Story) => Promise<void>;
};

/** "New comparison": paste texts or bring files; everything stays in this browser. */
export function NewComparisonDialog({ takenIds, onCreate }: NewComparisonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useNewComparison({ takenIds, onCreate, close: () => dialog.current?.close() });
  const { drafts, setDrafts } = form;

  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Messages belong to the last visit; the versions typed stay.
          form.clearMessages();
          dialog.current?.showModal();
        }}
        className="flex items-center gap-1 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        <Plus aria-hidden="true" className="size-4" />
        New comparison
      </button>
      <ModalDialog ref={dialog} labelledBy="new-comparison-title" width="wide">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void form.compare();
          }}
          className="space-y-4"
        >
          <h2 id="new-comparison-title" className="text-lg font-semibold">
            New comparison
          </h2>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Paste two or more versions of a story, or bring files. They stay in this browser;
            nothing is uploaded.
          </p>
          <label className="flex flex-col text-sm">
            Title
            <input
              value={form.title}
              onChange={(event) => form.setTitle(event.target.value)}
              className="mt-1 rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
            />
          </label>
          <FilePicker onFiles={(files) => void form.addFiles(files)} />
          <ImportMessages problems={form.problems} saved={form.saved} />
          <PickedFiles
            files={drafts.flatMap((draft, index) =>
              draft.file ? [{ draft: { ...draft, file: draft.file }, index }] : [],
            )}
            onChange={(index, next) => setDrafts(drafts.map((d, j) => (j === index ? next : d)))}
            onRemove={(index) => setDrafts(drafts.filter((_, j) => j !== index))}
          />
          {drafts.map(
            (draft, i) =>
              !draft.file && (
                <VersionFields
                  key={i}
                  index={i}
                  draft={draft}
                  canRemove={drafts.length > 2}
                  onChange={(next) => setDrafts(drafts.map((d, j) => (j === i ? next : d)))}
                  onRemove={() => setDrafts(drafts.filter((_, j) => j !== i))}
                />
              ),
          )}
          <button
            type="button"
            onClick={() => setDrafts([...drafts, { label: "", text: "" }])}
            className="text-sm underline underline-offset-2"
          >
            {drafts.some((draft) => draft.file) ? "Paste a version" : "Add a version"}
          </button>
          {/* In view at the dialog's foot however many versions there are. */}
          <div className="sticky -bottom-6 -mx-6 -mb-6 flex items-center justify-end gap-2 border-t border-stone-200 bg-white px-6 py-3 dark:border-stone-700 dark:bg-stone-900">
            <p className="me-auto text-sm text-stone-600 dark:text-stone-400">
              {drafts.length} {drafts.length === 1 ? "version" : "versions"}
            </p>
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md px-4 py-2 text-sm"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={form.busy}
              className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60 dark:bg-stone-100 dark:text-stone-900"
            >
              Compare
            </button>
          </div>
        </form>
      </ModalDialog>
    </>
  );
}
