import { useId } from "react";
import type { FormDraft } from "../lib/read-version-file.ts";
import { RemovedLines } from "./removed-lines.tsx";

type VersionFieldsProps = {
  index: number;
  draft: FormDraft;
  canRemove: boolean;
  onChange: (draft: FormDraft) => void;
  onRemove: () => void;
};

/** One version of a new comparison: its label, its text, and how its file was read, if that needs checking. */
export function VersionFields({ index, draft, canRemove, onChange, onRemove }: VersionFieldsProps) {
  const n = index + 1;
  const noteId = useId();
  return (
    <fieldset className="rounded-md border border-stone-200 p-3 dark:border-stone-700">
      <legend className="px-1 text-sm font-semibold">Version {n}</legend>
      <div className="flex items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col text-sm">
          Version {n} label
          <input
            value={draft.label}
            onChange={(event) => onChange({ ...draft, label: event.target.value })}
            placeholder={`Version ${n}`}
            className="mt-1 rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800"
          />
        </label>
        {canRemove && (
          <button
            type="button"
            onClick={onRemove}
            className="rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Remove version {n}
          </button>
        )}
      </div>
      {draft.note && (
        <p id={noteId} className="mt-2 text-sm text-amber-800 dark:text-amber-300">
          {draft.note}
        </p>
      )}
      <label className="mt-2 flex flex-col text-sm">
        Version {n} text
        <textarea
          value={draft.text}
          aria-describedby={draft.note ? noteId : undefined}
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
          rows={6}
          className="mt-1 rounded-md border border-stone-300 px-2 py-1 font-serif dark:border-stone-600 dark:bg-stone-800"
        />
      </label>
      <RemovedLines
        label={`Version ${n}`}
        text={draft.text}
        keep={draft.keep ?? []}
        onKeep={(keep) => onChange({ ...draft, keep })}
      />
    </fieldset>
  );
}
