import { useId, useState } from "react";
import { formatPublished } from "@/lib/format-published.ts";
import type { FormDraft, PickedFile } from "../lib/read-version-file.ts";
import { RemovedLines } from "./removed-lines.tsx";

type PickedFilesProps = {
  /** The form's versions that came from files, with their places in the form. */
  files: { draft: FormDraft & { file: PickedFile }; index: number }[];
  onChange: (index: number, draft: FormDraft) => void;
  onRemove: (index: number) => void;
};

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat();

/** "2.4 kB", "812 bytes": enough to tell a stub from an article. */
function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/**
 * The versions read from files, one compact line each (name, size, words,
 * the outlet and time read from the text, lines to be left out), each with
 * Remove; "Check" shows a file's text as read and the lines to be left out
 * (each can be kept).
 * Two hundred files make two hundred lines, not two hundred text areas.
 */
export function PickedFiles({ files, onChange, onRemove }: PickedFilesProps) {
  // By label (unique in the form), so removing a file above keeps the others' state.
  const id = useId();
  const [reviewing, setReviewing] = useState<ReadonlySet<string>>(new Set());
  if (files.length === 0) return null;
  const toggle = (label: string) =>
    setReviewing((current) => {
      const next = new Set(current);
      if (next.has(label)) next.delete(label);
      else next.add(label);
      return next;
    });
  return (
    <section aria-labelledby="picked-files-title">
      <h3 id="picked-files-title" className="text-sm font-semibold">
        {files.length === 1 ? "1 file picked" : `${files.length} files picked`}
      </h3>
      <ul className="mt-1 divide-y divide-stone-200 rounded-md border border-stone-200 text-sm dark:divide-stone-700 dark:border-stone-700">
        {files.map(({ draft, index }) => {
          const { file } = draft;
          const origin = [file.source, file.published && formatPublished(file.published)]
            .filter(Boolean)
            .join(" · ");
          const open = reviewing.has(draft.label);
          return (
            <li key={draft.label} className="px-3 py-2">
              <div className="flex items-center gap-3">
                <span className="min-w-0 flex-1 truncate font-medium" title={file.name}>
                  {draft.label}
                </span>
                <button
                  type="button"
                  aria-expanded={open}
                  onClick={() => toggle(draft.label)}
                  className="underline underline-offset-2"
                >
                  {open ? "Hide" : "Check"}
                  <span className="sr-only"> {draft.label}</span>
                </button>
                <button
                  type="button"
                  onClick={() => onRemove(index)}
                  className="rounded-md border border-stone-300 px-2 py-0.5 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
                >
                  Remove<span className="sr-only"> {draft.label}</span>
                </button>
              </div>
              <p className="text-stone-600 tabular-nums dark:text-stone-400">
                {formatSize(file.size)} · {countFormat.format(file.words)} words
                {origin && ` · ${origin}`}
                {file.leftOut > 0 &&
                  ` · ${file.leftOut} ${file.leftOut === 1 ? "line" : "lines"} left out`}
              </p>
              {draft.note && (
                <p id={`${id}-${index}-note`} className="mt-1 text-amber-800 dark:text-amber-300">
                  {draft.note}
                </p>
              )}
              {open && (
                <>
                  <label className="mt-2 flex flex-col">
                    Text of {draft.label}
                    <textarea
                      readOnly
                      value={draft.text}
                      rows={6}
                      aria-describedby={draft.note ? `${id}-${index}-note` : undefined}
                      className="mt-1 rounded-md border border-stone-300 bg-stone-50 px-2 py-1 font-serif dark:border-stone-600 dark:bg-stone-800"
                    />
                  </label>
                  <RemovedLines
                    label={draft.label}
                    text={draft.text}
                    keep={draft.keep ?? []}
                    onKeep={(keep) => onChange(index, { ...draft, keep })}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
