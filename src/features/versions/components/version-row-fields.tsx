import { useId } from "react";
import { rowProblem, type VersionRow } from "../lib/version-rows.ts";

type VersionRowFieldsProps = {
  row: VersionRow;
  /** The label as the story has it now: fields are named by it, so they stay put while typing. */
  name: string;
  words: number;
  canRemove: boolean;
  onChange: (row: VersionRow) => void;
};

const INPUT =
  "mt-1 w-full rounded-md border border-stone-300 px-2 py-1 dark:border-stone-600 dark:bg-stone-800";
const button =
  "rounded-md border border-stone-300 px-2 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800";

/** One version's label and where it came from, or, once marked for removal, a way back. */
export function VersionRowFields({ row, name, words, canRemove, onChange }: VersionRowFieldsProps) {
  const problemId = useId();
  const problem = rowProblem(row);
  const set = (field: keyof VersionRow) => (event: { target: { value: string } }) =>
    onChange({ ...row, [field]: event.target.value });
  if (row.removed) {
    return (
      <li className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-dashed border-stone-300 p-3 text-sm dark:border-stone-600">
        <span>
          <s>{name}</s> will be removed when you save.
        </span>
        <button
          type="button"
          className={button}
          onClick={() => onChange({ ...row, removed: false })}
        >
          Keep {name}
        </button>
      </li>
    );
  }
  return (
    <li>
      <fieldset
        aria-describedby={problem ? problemId : undefined}
        className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
      >
        <legend className="px-1 text-sm font-semibold">
          {name}{" "}
          <span className="font-normal text-stone-600 dark:text-stone-400">
            ({words.toLocaleString()} words)
          </span>
        </legend>
        <div className="grid gap-2 text-sm sm:grid-cols-2">
          <RowField label="Label" of={name} value={row.label} onChange={set("label")} />
          <RowField
            label="Outlet"
            of={name}
            value={row.source}
            onChange={set("source")}
            placeholder="e.g. Wire News"
          />
          <RowField label="Byline" of={name} value={row.byline} onChange={set("byline")} />
          <div className="flex gap-2">
            <RowField
              label="Date"
              of={name}
              type="date"
              value={row.date}
              onChange={set("date")}
              className="flex-1"
            />
            <RowField label="Time" of={name} type="time" value={row.time} onChange={set("time")} />
          </div>
          <RowField
            label="Address"
            of={name}
            type="url"
            value={row.url}
            onChange={set("url")}
            placeholder="https://…"
            className="sm:col-span-2"
          />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          <p id={problemId} className="text-sm text-red-800 dark:text-red-300">
            {problem}
          </p>
          {canRemove && (
            <button
              type="button"
              className={button}
              onClick={() => onChange({ ...row, removed: true })}
            >
              Remove {name}
            </button>
          )}
        </div>
      </fieldset>
    </li>
  );
}

type RowFieldProps = {
  /** What is shown; read with the version's name ("Outlet of Version A") by assistive tech. */
  label: string;
  of: string;
  value: string;
  onChange: (event: { target: { value: string } }) => void;
  type?: "text" | "date" | "time" | "url";
  placeholder?: string;
  className?: string;
};

// One labelled input of the row: the short label shown, the version's name for screen readers.
function RowField({ label, of, type = "text", className = "", ...input }: RowFieldProps) {
  return (
    <label className={`flex flex-col ${className}`}>
      <span>
        {label}
        <span className="sr-only"> of {of}</span>
      </span>
      <input type={type} {...input} className={INPUT} />
    </label>
  );
}
