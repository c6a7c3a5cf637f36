import { useMemo, useRef } from "react";
import { countWordsInBlocks } from "@/core/text/count-words.ts";
import type { Version } from "@/core/story-format.ts";
import { type VersionView, useReaderState } from "@/features/comparison/index.ts";
import { describeOrigin } from "@/lib/format-published.ts";
import { matchesThemes } from "../lib/highlight.ts";
import { countUniqueWords } from "../lib/unique-words.ts";
import { PassageStrip } from "./passage-strip.tsx";
import { VersionText } from "./version-text.tsx";

const numberFormat = new Intl.NumberFormat("en");

export function columnId(version: Version): string {
  return `version-${version.id}`;
}

type VersionColumnProps = {
  version: Version;
  /** The version's passages and figures, once the comparison is ready. */
  view: VersionView | undefined;
  /** On a phone only the active column shows; wider screens show them all. */
  active: boolean;
  /**
   * Make room for the details panel: columns narrow (down to 22rem) so that
   * the selection and the column beside it both show whole.
   */
  narrow?: boolean;
  /** The details panel is open: below `md` it is a sheet over the column's lower part. */
  sheetOpen?: boolean;
};

/**
 * One version as a column: an article named by its label, headed by the
 * label and word count, scrolling on its own so headers stay in view.
 */
export function VersionColumn({
  version,
  view,
  active,
  narrow = false,
  sheetOpen = false,
}: VersionColumnProps) {
  const words = useMemo(() => countWordsInBlocks(version.blocks), [version.blocks]);
  // Counted here, for the columns on screen, not for every version up front.
  const uniqueWords = useMemo(
    () => (view ? countUniqueWords(version.blocks, view.passages) : undefined),
    [version.blocks, view],
  );
  const headingId = `${columnId(version)}-label`;
  const origin = describeOrigin(version);
  const article = useRef<HTMLElement>(null);
  const state = useReaderState();
  const filter = state?.themeFilter;
  // With themes chosen, a block shows when one of its passages speaks to them.
  const shownBlocks =
    view && filter && filter.ids.length > 0
      ? view.segments.map((segments) =>
          segments.some((s) => s.passage >= 0 && matchesThemes(view.passages[s.passage]!, filter)),
        )
      : undefined;
  return (
    <div
      className={`relative flex w-full shrink-0 snap-start ${narrow ? "sm:w-[min(34rem,max(min(22rem,100%),calc(50%-0.5rem)))]" : "sm:w-[34rem]"} print:mb-6 print:flex! print:w-full print:break-inside-auto ${active ? "" : "max-sm:hidden"}`}
    >
      <article
        ref={article}
        id={columnId(version)}
        aria-labelledby={headingId}
        aria-describedby={origin ? `${columnId(version)}-origin` : undefined}
        // Focusable so a keyboard can scroll the column.
        tabIndex={0}
        className={`flex w-full flex-col overflow-y-auto overscroll-contain rounded-md border ${sheetOpen ? "max-md:scroll-pb-[46dvh]" : ""} print:overflow-visible print:border-0 border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-stone-800 dark:bg-stone-900`}
      >
        <header className="sticky top-0 z-10 print:static flex flex-wrap items-baseline justify-between gap-x-4 border-b border-stone-200 bg-white/95 px-6 py-3 backdrop-blur dark:border-stone-800 dark:bg-stone-900/95">
          <div className="min-w-0">
            <h2 id={headingId} className="font-sans text-base font-semibold">
              {version.label}
            </h2>
            {origin && (
              <div
                id={`${columnId(version)}-origin`}
                title={origin}
                className="truncate font-sans text-sm text-stone-600 dark:text-stone-400"
              >
                {origin}
              </div>
            )}
          </div>
          <div className="shrink-0 font-sans text-sm text-stone-600 tabular-nums dark:text-stone-400">
            {numberFormat.format(words)} {words === 1 ? "word" : "words"}
            {/* Not during a preview: passages told in other words are not found yet. */}
            {uniqueWords !== undefined && !state?.partial && words > 0 && (
              <> · {Math.round((100 * uniqueWords) / words)}% unique</>
            )}
          </div>
        </header>
        {/* Under a phone's details sheet, room to scroll any passage up above it. */}
        <div className={`ps-6 pe-7 pt-4 pb-10 ${sheetOpen ? "max-md:pb-[46dvh]" : ""}`}>
          <VersionText blocks={version.blocks} version={view} shownBlocks={shownBlocks} />
        </div>
      </article>
      {view && <PassageStrip version={view} column={article} />}
    </div>
  );
}
