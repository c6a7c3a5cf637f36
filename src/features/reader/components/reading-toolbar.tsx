import { STRICTNESS_LEVELS, type Strictness } from "@/core/align/strictness-levels.ts";
import { SHOW_MODES, type ShowMode } from "@/features/comparison/index.ts";

const SHOW_LABELS: Record<ShowMode, string> = { all: "All", shared: "Shared", unique: "Unique" };

const STRICTNESS_LABELS: Record<Strictness, string> = {
  strict: "Strict (fewer links)",
  balanced: "Balanced",
  loose: "Loose (more links)",
};

type ReadingToolbarProps = {
  show: ShowMode;
  minToldBy: number;
  /** Versions shown: "shared by at least" counts among these. */
  versionCount: number;
  /** Versions hidden, if any: the counts then say "of N shown". */
  hidden: number;
  onShow: (show: ShowMode) => void;
  onMinToldBy: (k: number) => void;
  strictness: Strictness;
  onStrictness: (strictness: Strictness) => void;
};

/** Filters: which passages are highlighted, and how widely shared they must be. */
export function ReadingToolbar({
  show,
  minToldBy,
  versionCount,
  hidden,
  onShow,
  onMinToldBy,
  strictness,
  onStrictness,
}: ReadingToolbarProps) {
  return (
    <div className="flex min-h-8 flex-wrap items-center gap-x-6 gap-y-2 text-sm">
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">Show</legend>
        <span aria-hidden="true" className="font-medium text-stone-600 dark:text-stone-300">
          Show
        </span>
        <div className="flex rounded-md border border-stone-300 p-0.5 dark:border-stone-700">
          {SHOW_MODES.map((mode) => (
            <label
              key={mode}
              className="relative cursor-pointer rounded px-2.5 py-1 has-checked:bg-stone-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-sky-600 dark:has-checked:bg-stone-100 dark:has-checked:text-stone-900"
            >
              <input
                type="radio"
                name="show"
                value={mode}
                checked={show === mode}
                onChange={() => onShow(mode)}
                className="absolute inset-0 cursor-pointer opacity-0"
              />
              {SHOW_LABELS[mode]}
            </label>
          ))}
        </div>
      </fieldset>
      {versionCount >= 2 && (versionCount > 2 || hidden > 0) && (
        <label className="flex items-center gap-2">
          <span className="font-medium text-stone-600 dark:text-stone-300">Shared by at least</span>
          <select
            value={minToldBy}
            disabled={show === "unique"}
            onChange={(event) => onMinToldBy(Number(event.target.value))}
            className="rounded-md border border-stone-300 bg-white py-1 ps-2 pe-7 disabled:opacity-50 dark:border-stone-700 dark:bg-stone-900"
          >
            {Array.from({ length: versionCount - 1 }, (_, i) => i + 2).map((k) => (
              <option key={k} value={k}>
                {k} of {versionCount}
                {hidden > 0 ? " shown" : ""}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex items-center gap-2">
        <span className="font-medium text-stone-600 dark:text-stone-300">Matching</span>
        <select
          value={strictness}
          onChange={(event) => onStrictness(event.target.value as Strictness)}
          className="rounded-md border border-stone-300 bg-white py-1 ps-2 pe-7 dark:border-stone-700 dark:bg-stone-900"
        >
          {STRICTNESS_LEVELS.map((level) => (
            <option key={level} value={level}>
              {STRICTNESS_LABELS[level]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
