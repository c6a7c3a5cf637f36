import { Plus } from "lucide-react";
import { useRef, useState, type FormEvent } from "react";
import { storyFromTexts, storyIdFor, type VersionDraft } from "@/core/ingest/story-from-texts.ts";
import type { Story } from "@/core/story-format.ts";
import { readVersionFile } from "../lib/read-version-file.ts";
import { FilePicker } from "./file-picker.tsx";
import { VersionFields } from "./version-fields.tsx";
import { ModalDialog } from "@/components/modal-dialog.tsx";

type NewComparisonProps = {
  /** Ids already in use, so a new story gets its own. */
  takenIds: ReadonlySet<string>;
  /** Keeps the story and opens it; throws to report a failure. */
  onCreate: (story: Story) => Promise<void>;
};

const EMPTY: VersionDraft[] = [
  { label: "", text: "" },
  { label: "", text: "" },
];

/** "New comparison": paste texts or bring files; everything stays in this browser. */
export function NewComparisonDialog({ takenIds, onCreate }: NewComparisonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [title, setTitle] = useState("");
  const [drafts, setDrafts] = useState<VersionDraft[]>(EMPTY);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setTitle("");
    setDrafts(EMPTY);
    setProblems([]);
  };

  const create = async (story: Story) => {
    setBusy(true);
    try {
      await onCreate(story);
      dialog.current?.close();
      reset();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setBusy(false);
    }
  };

  const addFiles = async (files: File[]) => {
    // Compare waits while files are read, so it never sees half the versions.
    setBusy(true);
    const results = await Promise.all(files.map(readVersionFile)).finally(() => setBusy(false));
    const found: string[] = [];
    const added: VersionDraft[] = [];
    for (const result of results) {
      if (!result.ok) found.push(result.problem);
      else if (result.kind === "version") added.push(result.draft);
      else return create({ ...result.story, id: storyIdFor(result.story.title, takenIds) });
    }
    setProblems(found);
    if (added.length > 0)
      setDrafts((current) => [...current.filter((d) => d.text.trim() !== ""), ...added]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = storyFromTexts(storyIdFor(title, takenIds), title, drafts);
    if (!result.ok) setProblems(result.problems);
    else await create(result.story);
  };

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="flex items-center gap-1 rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
      >
        <Plus aria-hidden="true" className="size-4" />
        New comparison
      </button>
      <ModalDialog ref={dialog} labelledBy="new-comparison-title" width="wide">
        <form onSubmit={(event) => void submit(event)} className="space-y-4">
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
              value={title}
              onChange={(event) => setTitle(event.target.value)}
              className="mt-1 rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
            />
          </label>
          <FilePicker onFiles={(files) => void addFiles(files)} />
          {problems.length > 0 && (
            <ul
              role="alert"
              className="list-disc space-y-1 rounded-md bg-red-50 p-3 ps-7 text-sm text-red-900 dark:bg-red-950/50 dark:text-red-100"
            >
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          {drafts.map((draft, i) => (
            <VersionFields
              key={i}
              index={i}
              draft={draft}
              canRemove={drafts.length > 2}
              onChange={(next) => setDrafts(drafts.map((d, j) => (j === i ? next : d)))}
              onRemove={() => setDrafts(drafts.filter((_, j) => j !== i))}
            />
          ))}
          <button
            type="button"
            onClick={() => setDrafts([...drafts, { label: "", text: "" }])}
            className="text-sm underline underline-offset-2"
          >
            Add a version
          </button>
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md px-4 py-2 text-sm"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={busy}
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
