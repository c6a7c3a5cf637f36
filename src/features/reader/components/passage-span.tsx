import type { KeyboardEvent } from "react";
import { type ViewPassage, useReaderState } from "@/features/comparison/index.ts";
import { isHighlighted, matchesThemes, strengthLevel } from "../lib/highlight.ts";

const SHARED_TINT = {
  verbatim: [
    "bg-sky-100 dark:bg-sky-900/50",
    "bg-sky-200/80 dark:bg-sky-800/60",
    "bg-sky-300/70 dark:bg-sky-700/70",
  ],
  paraphrase: [
    "bg-sky-50 dark:bg-sky-950/60",
    "bg-sky-100/80 dark:bg-sky-900/50",
    "bg-sky-200/60 dark:bg-sky-800/50",
  ],
} as const;

const UNDERLINE = {
  verbatim:
    "underline decoration-solid decoration-2 underline-offset-[5px] decoration-sky-700 dark:decoration-sky-300",
  paraphrase:
    "underline decoration-dotted decoration-2 underline-offset-[5px] decoration-sky-700 dark:decoration-sky-300",
} as const;

/** A link the reader made: a double underline, whatever the kind (the legend says so). */
const READER_LINK =
  "underline decoration-double decoration-2 underline-offset-[5px] decoration-violet-700 dark:decoration-violet-300";

const UNIQUE = "bg-amber-100/80 dark:bg-amber-900/40";

// Outlines hug the text (no offset), so they do not run through the lines around it.
/** The selected claim in its own version: amber, the "selected" colour of the details panel's quote. */
const SELECTED = "outline-2 outline-amber-600 dark:outline-amber-400";
/** Its counterparts in the other versions. */
const COUNTERPART = "outline-2 outline-sky-700 dark:outline-sky-300";
/** Another claim's passages, while the pointer or focus is on one of them. */
const HOVERED = "outline-1 outline-dashed outline-sky-700 dark:outline-sky-300";

type PassageSpanProps = {
  passage: ViewPassage;
  text: string;
  /** The passage's first piece is where keyboard navigation lands. */
  first: boolean;
  /** The passage's last piece carries its facts badge. */
  last?: boolean;
};

/**
 * Facts differ: a sign, not only a colour. Hidden from screen readers, which
 * hear it in the passage's description instead.
 */
const FACTS_BADGE =
  "ms-0.5 inline-block rounded-sm bg-rose-100 px-1 align-text-top text-xs leading-4 font-semibold text-rose-900 no-underline dark:bg-rose-950 dark:text-rose-100";

/** One piece of a passage in a column, drawn by kind and strength, and selectable. */
export function PassageSpan({ passage, text, first, last = false }: PassageSpanProps) {
  const state = useReaderState();
  if (!state) return text;
  // One mark per differing value, where it ends: a quotation told across three passages
  // is marked once, not three times (each passage still says so to assistive tech).
  const badge =
    last &&
    passage.discrepancies.some((d) =>
      d.values.some(
        (v) => v.version === passage.version && v.end > passage.start && v.end <= passage.end,
      ),
    );
  const {
    view,
    show,
    minToldBy,
    hoveredGroup,
    setHoveredGroup,
    selectedKey,
    select,
    descriptionId,
  } = state;
  const lit = isHighlighted(passage, show, minToldBy) && matchesThemes(passage, state.themeFilter);
  const selected = selectedKey === passage.key;
  // The whole selected claim stays outlined, whatever the pointer does: its
  // pieces in its own version, and its counterparts in the others.
  const chosen = selectedKey ? view.byKey.get(selectedKey) : undefined;
  const sameClaim = chosen && chosen.group !== null && passage.group === chosen.group;
  const outline = selected
    ? SELECTED
    : sameClaim
      ? passage.version === chosen.version
        ? SELECTED
        : COUNTERPART
      : passage.group !== null && passage.group === hoveredGroup
        ? HOVERED
        : "";
  const tint =
    passage.kind === "unique"
      ? UNIQUE
      : `${SHARED_TINT[passage.kind][strengthLevel(passage, view.versions.length)]} ${passage.linkedByReader ? READER_LINK : UNDERLINE[passage.kind]}`;
  const className = [
    "cursor-pointer rounded-sm box-decoration-clone py-0.5",
    lit ? tint : "text-stone-500 dark:text-stone-400",
    outline,
  ].join(" ");
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select(passage.key);
    }
  };
  return (
    <span
      role="button"
      tabIndex={-1}
      aria-pressed={selected}
      aria-describedby={descriptionId(passage)}
      data-passage={passage.key}
      data-group={passage.group ?? undefined}
      {...(first ? { "data-passage-start": "" } : {})}
      className={className}
      onClick={() => select(passage.key)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => setHoveredGroup(passage.group)}
      onMouseLeave={() => setHoveredGroup(null)}
      onFocus={() => setHoveredGroup(passage.group)}
      onBlur={() => setHoveredGroup(null)}
    >
      {text}
      {badge && (
        <span aria-hidden="true" data-facts-badge="" className={FACTS_BADGE}>
          ≠
        </span>
      )}
    </span>
  );
}
