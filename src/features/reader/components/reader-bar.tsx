import { ChevronLeft, ChevronRight } from "lucide-react";
import type { ReactNode, RefObject } from "react";
import type { Strictness } from "@/core/align/strictness-levels.ts";
import type { Story } from "@/core/story-format.ts";
import {
  type ShowMode,
  ComparisonStatus,
  type ComparisonStatusProps,
} from "@/features/comparison/index.ts";
import { useRowScroll } from "../hooks/use-row-scroll.ts";
import { Legend } from "./legend.tsx";
import { ReadingToolbar } from "./reading-toolbar.tsx";

type ReaderBarProps = {
  story: Story;
  /** How many of the story's versions are shown (the filters count only those). */
  shownCount: number;
  /** How many passages the filters leave highlighted, of how many. */
  highlighted: { shown: number; total: number } | null;
  /** The highlights are a big story's word-for-word preview; the rest is still being found. */
  partial: boolean;
  row: RefObject<HTMLDivElement | null>;
  engine: ComparisonStatusProps;
  show: ShowMode;
  minToldBy: number;
  onShow: (show: ShowMode) => void;
  onMinToldBy: (k: number) => void;
  strictness: Strictness;
  onStrictness: (strictness: Strictness) => void;
  /** Some passages are linked by the reader: the legend explains their mark. */
  readerLinks: boolean;
  /** Some passage shown carries the facts badge. */
  factsDiffer: boolean;
  /** The reader's corrections and a way to review them, once there are any. */
  corrections: ReactNode;
  syncScroll: boolean;
  onSyncScroll: (on: boolean) => void;
  /** On a phone the filters fold away behind one button, to leave room for reading. */
  controlsOpen: boolean;
  onControlsOpen: (open: boolean) => void;
};

/** Above the columns: filters, legend, the engine's status, and sideways scrolling. */
export function ReaderBar(props: ReaderBarProps) {
  const {
    story,
    shownCount,
    highlighted,
    partial,
    row,
    engine,
    syncScroll,
    onSyncScroll,
    controlsOpen,
    onControlsOpen,
    readerLinks,
    factsDiffer,
    corrections,
    ...filters
  } = props;
  const status = engine.status;
  // The controls stay while a new strictness or correction is computed: the
  // previous result is still on screen, and focus stays on the control used.
  const ready = highlighted !== null && !partial;
  const { canScrollBack, canScrollForward, scrollByColumn } = useRowScroll(row);
  const total = story.versions.length;
  return (
    <div className="flex shrink-0 flex-wrap items-center gap-x-6 gap-y-2 px-4 pb-3 print:hidden">
      <button
        type="button"
        aria-expanded={controlsOpen}
        disabled={!ready}
        onClick={() => onControlsOpen(!controlsOpen)}
        className="rounded-md border border-stone-300 px-2.5 py-1 text-sm disabled:opacity-50 sm:hidden dark:border-stone-700"
      >
        Filters and themes
      </button>
      {/* Drawn from the start, disabled until the comparison is in, so nothing moves when it is. */}
      <fieldset disabled={!ready} className={`contents ${controlsOpen ? "" : "max-sm:hidden"}`}>
        <ReadingToolbar versionCount={shownCount} hidden={total - shownCount} {...filters} />
      </fieldset>
      {/* Every item of the bar is at least one control tall, so the rows keep their
          height when the progress line gives way to the count. */}
      <p
        role="status"
        className="flex min-h-8 items-center text-sm text-stone-600 dark:text-stone-400"
      >
        {status === "ready" &&
          highlighted &&
          `${highlighted.shown} of ${highlighted.total} passages highlighted`}
        {partial &&
          highlighted &&
          `${highlighted.shown} passages shared word for word so far; still matching the rest`}
      </p>
      <ComparisonStatus {...engine} />
      {(canScrollBack || canScrollForward) && (
        <div className="ms-auto flex min-h-8 items-center gap-1 text-sm text-stone-600 max-sm:hidden dark:text-stone-400">
          <label className="me-3 flex items-center gap-1.5">
            <input
              type="checkbox"
              checked={syncScroll}
              onChange={(event) => onSyncScroll(event.target.checked)}
            />
            Sync scrolling
          </label>
          <span className="me-1">
            {shownCount < total ? `${shownCount} of ${total} versions shown` : `${total} versions`}
          </span>
          <RowButton
            label="Scroll to earlier versions"
            disabled={!canScrollBack}
            onClick={() => scrollByColumn(-1)}
          >
            <ChevronLeft aria-hidden="true" className="size-4" />
          </RowButton>
          <RowButton
            label="Scroll to later versions"
            disabled={!canScrollForward}
            onClick={() => scrollByColumn(1)}
          >
            <ChevronRight aria-hidden="true" className="size-4" />
          </RowButton>
        </div>
      )}
      {/* A row of its own: the key to the colours (on a phone too), and the reader's corrections. */}
      <div className="flex basis-full flex-wrap items-center gap-x-6 gap-y-2">
        <Legend readerLinks={readerLinks} factsDiffer={factsDiffer} />
        {ready && <div className={controlsOpen ? "" : "max-sm:hidden"}>{corrections}</div>}
      </div>
    </div>
  );
}

type RowButtonProps = {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
};

function RowButton({ label, disabled, onClick, children }: RowButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="rounded-md border border-stone-300 p-1.5 text-stone-700 hover:bg-stone-200 disabled:opacity-40 disabled:hover:bg-transparent dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800"
    >
      {children}
    </button>
  );
}
