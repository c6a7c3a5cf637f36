import type { MouseEvent, RefObject } from "react";
import { type VersionView, useReaderState } from "@/features/comparison/index.ts";
import { isHighlighted, matchesThemes, strengthLevel } from "../lib/highlight.ts";

const SHARED_LEVEL = [
  "bg-sky-300 dark:bg-sky-700",
  "bg-sky-500 dark:bg-sky-500",
  "bg-sky-700 dark:bg-sky-300",
];

/**
 * A slim strip beside a column: where its shared (blue, deeper for more
 * versions) and unique (amber) passages sit, by share of the text. A click
 * jumps the column there. Keyboard readers move by passage with j and k
 * instead, so the strip stays out of the accessibility tree.
 */
export function PassageStrip({
  version,
  column,
}: {
  version: VersionView;
  column: RefObject<HTMLElement | null>;
}) {
  const state = useReaderState();
  if (!state) return null;
  const jump = (event: MouseEvent<HTMLDivElement>) => {
    const element = column.current;
    if (!element) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientY - rect.top) / rect.height;
    element.scrollTo({ top: fraction * (element.scrollHeight - element.clientHeight) });
  };
  return (
    <div
      aria-hidden="true"
      title="Where this version’s shared and unique passages sit — click to jump"
      onClick={jump}
      className="absolute top-14 right-1 bottom-2 z-20 flex w-2 print:hidden cursor-pointer flex-col overflow-hidden rounded-full bg-stone-100 dark:bg-stone-800"
    >
      {version.passages.map((passage) => {
        const lit =
          isHighlighted(passage, state.show, state.minToldBy) &&
          matchesThemes(passage, state.themeFilter);
        const colour = !lit
          ? ""
          : passage.kind === "unique"
            ? "bg-amber-400 dark:bg-amber-500"
            : SHARED_LEVEL[strengthLevel(passage, state.view.versions.length)];
        return (
          <div
            key={passage.key}
            className={colour}
            style={{ flexGrow: passage.end - passage.start, flexBasis: 0, minHeight: 1 }}
          />
        );
      })}
    </div>
  );
}
