import { Library } from "lucide-react";
import { useRef } from "react";
import { ModalDialog } from "@/components/modal-dialog.tsx";
import type { SavedStory } from "../api/saved-stories-db.ts";

type SavedStoriesDialogProps = {
  stories: readonly SavedStory[];
  onOpen: (id: string) => void;
  onDelete: (saved: SavedStory) => void;
};

const savedOn = (time: number) =>
  new Date(time).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

/**
 * "Your stories": the reader's saved stories listed, each to open or to
 * delete without opening it, since a story too big for this device could
 * otherwise stall the page before its own Delete button appears.
 */
export function SavedStoriesDialog({ stories, onOpen, onDelete }: SavedStoriesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  if (stories.length === 0) return null;
  const link = "text-sm underline underline-offset-2 hover:text-stone-950 dark:hover:text-white";
  // Closing first: the Undo notice that follows a delete sits outside the modal.
  const then = (action: () => void) => () => {
    dialog.current?.close();
    action();
  };
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800"
      >
        <Library aria-hidden="true" className="size-4" />
        Your stories
      </button>
      <ModalDialog ref={dialog} labelledBy="saved-stories-title" width="medium">
        <h2 id="saved-stories-title" className="text-lg font-semibold">
          Your stories
        </h2>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Kept in this browser, newest first. Deleting one here does not open it.
        </p>
        <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-700">
          {stories.map((saved) => (
            <li key={saved.story.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2">
              <span className="min-w-0 flex-1 font-medium break-words">{saved.story.title}</span>
              <span className="text-xs text-stone-500 dark:text-stone-400">
                {saved.story.versions.length} versions · {savedOn(saved.savedAt)}
              </span>
              <button
                type="button"
                aria-label={`Open “${saved.story.title}”`}
                onClick={then(() => onOpen(saved.story.id))}
                className={link}
              >
                Open
              </button>
              <button
                type="button"
                aria-label={`Delete “${saved.story.title}”`}
                onClick={then(() => onDelete(saved))}
                className={link}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
        <form method="dialog" className="mt-6 text-end">
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
          >
            Close
          </button>
        </form>
      </ModalDialog>
    </>
  );
}
