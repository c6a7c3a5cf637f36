import type { VersionDraft } from "@/core/ingest/story-from-texts.ts";

type VersionFieldsProps = {
  index: number;
  draft: VersionDraft;
  canRemove: boolean;
  onChange: (draft: VersionDraft) => void;
  onRemove: () => void;
};

/** One version of a new comparison: its label and its text. */
export function VersionFields({ index, draft, canRemove, onChange, onRemove }: VersionFieldsProps) {
  const n = index + 1;
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
      <label className="mt-2 flex flex-col text-sm">
        Version {n} text
        <textarea
          value={draft.text}
          onChange={(event) => onChange({ ...draft, text: event.target.value })}
          rows={6}
          className="mt-1 rounded-md border border-stone-300 px-2 py-1 font-serif dark:border-stone-600 dark:bg-stone-800"
        />
      </label>
    </fieldset>
  );
}
