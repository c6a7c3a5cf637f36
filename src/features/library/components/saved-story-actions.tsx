import { useState, type ReactNode } from "react";
import type { Story } from "@/core/story-format.ts";
import { BLANK_TITLE_MESSAGE } from "../hooks/use-library-actions.ts";

// Writing the file needs the story-file code (ingest): loaded on the first export, not with the page.
const downloadStory = async (story: Story) =>
  (await import("../lib/download-json.ts")).downloadStory(story);

type SavedStoryActionsProps = {
  story: Story;
  /** Renames the story; reports a refusal itself, so it never rejects. */
  onRename: (title: string) => Promise<void>;
  /** The "Edit versions" control, from the versions feature. */
  editVersions?: ReactNode;
  onDelete: () => Promise<void>;
};

/** For the reader's own story: rename it, export it as JSON, or delete it (with undo). */
export function SavedStoryActions({
  story,
  onRename,
  editVersions,
  onDelete,
}: SavedStoryActionsProps) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(story.title);
  const [problem, setProblem] = useState<string | null>(null);
  const link = "text-sm underline underline-offset-2 hover:text-stone-950 dark:hover:text-white";
  if (renaming) {
    return (
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          // A blank title would leave nothing to find the story by in the list.
          if (title.trim() === "") setProblem(BLANK_TITLE_MESSAGE);
          else void onRename(title).finally(() => setRenaming(false));
        }}
      >
        <label className="flex items-center gap-2 text-sm">
          New title
          <input
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setProblem(null);
            }}
            aria-invalid={problem !== null}
            aria-describedby={problem ? "rename-problem" : undefined}
            className="rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
          />
        </label>
        <button type="submit" className={link}>
          Save title
        </button>
        <button
          type="button"
          onClick={() => {
            setRenaming(false);
            setTitle(story.title);
            setProblem(null);
          }}
          className={link}
        >
          Cancel
        </button>
        {problem && (
          <p id="rename-problem" role="alert" className="text-sm text-red-800 dark:text-red-300">
            {problem}
          </p>
        )}
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-600 dark:text-stone-300">
      <span className="text-sm max-sm:basis-full">Saved in this browser</span>
      <button type="button" onClick={() => setRenaming(true)} className={link}>
        Rename
      </button>
      {editVersions}
      <button type="button" onClick={() => void downloadStory(story)} className={link}>
        Export JSON
      </button>
      <button type="button" onClick={() => void onDelete()} className={link}>
        Delete
      </button>
    </div>
  );
}

/** For a bundled story: export it as JSON, with the reader's corrections. */
export function BundledStoryActions({ story }: { story: Story }) {
  return (
    <button
      type="button"
      onClick={() => void downloadStory(story)}
      className="text-sm text-stone-600 underline underline-offset-2 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white"
    >
      Export JSON
    </button>
  );
}
