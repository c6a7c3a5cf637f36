import type { ReactNode } from "react";
import { WordDiffView } from "./word-diff-view.tsx";

type VersionCardProps = {
  /** The other version's name, the card's heading. */
  label: string;
  /** Where that version came from ("Wire News · 12 Mar 2024"), when known. */
  origin?: string;
  /** A word or two under the heading: how the engine or the reader relates the text. */
  note?: ReactNode;
  text: string;
  /** The selected passage's text, to show word differences from. */
  compareTo: string;
  onShow: (() => void) | null;
  /** Buttons that judge the pair: "Same claim", "Not the same". */
  actions: ReactNode;
  children?: ReactNode;
};

/** One passage of another version beside the selection: its text, the word differences, what can be done. */
export function VersionCard({
  label,
  origin,
  note,
  text,
  compareTo,
  onShow,
  actions,
  children,
}: VersionCardProps) {
  return (
    <div className="rounded-md border border-stone-200 p-3 dark:border-stone-700">
      <div className="flex flex-wrap items-baseline justify-between gap-x-2">
        <h4 className="text-sm font-semibold">
          {label}
          {origin && (
            <span className="ms-2 font-normal text-stone-600 dark:text-stone-400">{origin}</span>
          )}
        </h4>
        {onShow && (
          <button
            type="button"
            onClick={onShow}
            className="text-sm text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
          >
            Show in {label}
          </button>
        )}
      </div>
      {note && <p className="mt-1 text-xs text-stone-700 dark:text-stone-300">{note}</p>}
      <p dir="auto" className="mt-2 font-serif">
        {text.trim()}
      </p>
      <p className="mt-3 text-xs font-medium tracking-wide text-stone-600 uppercase dark:text-stone-400">
        Differences from the selected passage
      </p>
      <WordDiffView from={compareTo} to={text} />
      <div className="mt-3 flex flex-wrap items-center gap-2">{actions}</div>
      {children}
    </div>
  );
}

/** A small outlined button for judging a pair. */
export function JudgeButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      className="rounded-md border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
    >
      {children}
    </button>
  );
}
