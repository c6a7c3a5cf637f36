import { ArrowDown, ArrowUp } from "lucide-react";
import type { Version } from "@/core/story-format.ts";
import { orderByTime } from "@/core/versions/order-by-time.ts";
import { formatPublished } from "@/lib/format-published.ts";

const ORDER_BUTTON =
  "rounded-md border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 disabled:opacity-50 disabled:hover:bg-transparent dark:border-stone-600 dark:hover:bg-stone-800";

type VersionPickerProps = {
  versions: readonly Version[];
  /** Visible version ids, in column order. */
  visible: readonly string[];
  onChange: (visible: string[]) => void;
};

/** Which versions show as columns, and in what order. */
export function VersionPicker({ versions, visible, onChange }: VersionPickerProps) {
  const ordered = [
    ...visible
      .map((id) => versions.find((v) => v.id === id))
      .filter((v): v is Version => v !== undefined),
    ...versions.filter((v) => !visible.includes(v.id)),
  ];
  const move = (id: string, step: -1 | 1) => {
    const list = [...visible];
    const at = list.indexOf(id);
    const to = at + step;
    if (at < 0 || to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to]!, list[at]!];
    onChange(list);
  };
  const toggle = (id: string, on: boolean) => {
    if (on) onChange([...visible, id]);
    else if (visible.length > 1) onChange(visible.filter((v) => v !== id));
  };
  const dated = versions.some((version) => version.published !== undefined);
  const shownVersions = versions.filter((version) => visible.includes(version.id));
  return (
    <fieldset>
      <legend className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        Versions shown, in column order
      </legend>
      <div className="mb-2 flex flex-wrap gap-2">
        {/* Undated versions go last, in story order: nothing is guessed. */}
        <button
          type="button"
          disabled={!dated}
          title={dated ? undefined : "No version of this story has a date"}
          onClick={() => onChange(orderByTime(shownVersions))}
          className={ORDER_BUTTON}
        >
          Order by time
        </button>
        <button
          type="button"
          onClick={() => onChange(shownVersions.map((version) => version.id))}
          className={ORDER_BUTTON}
        >
          Story order
        </button>
      </div>
      <ul className="space-y-1">
        {ordered.map((version) => {
          const shown = visible.includes(version.id);
          return (
            <li key={version.id} className="flex items-center gap-2">
              <label className="flex min-w-0 flex-1 items-center gap-2">
                <input
                  type="checkbox"
                  checked={shown}
                  disabled={shown && visible.length === 1}
                  onChange={(event) => toggle(version.id, event.target.checked)}
                />
                <span className="truncate">{version.label}</span>
                {version.published && (
                  <span className="shrink-0 text-xs text-stone-600 dark:text-stone-400">
                    {formatPublished(version.published)}
                  </span>
                )}
              </label>
              <IconButton
                label={`Move ${version.label} earlier`}
                disabled={!shown || visible[0] === version.id}
                onClick={() => move(version.id, -1)}
              >
                <ArrowUp aria-hidden="true" className="size-4" />
              </IconButton>
              <IconButton
                label={`Move ${version.label} later`}
                disabled={!shown || visible.at(-1) === version.id}
                onClick={() => move(version.id, 1)}
              >
                <ArrowDown aria-hidden="true" className="size-4" />
              </IconButton>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function IconButton(props: {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={props.label}
      title={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
      className="rounded p-1 hover:bg-stone-200 disabled:opacity-30 disabled:hover:bg-transparent dark:hover:bg-stone-800"
    >
      {props.children}
    </button>
  );
}
