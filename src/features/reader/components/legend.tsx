/**
 * What the marks in the columns mean, in words as well as colour; the
 * reader's own links and the facts badge get a line once there are any.
 */
export function Legend({
  readerLinks = false,
  factsDiffer = false,
}: {
  readerLinks?: boolean;
  factsDiffer?: boolean;
}) {
  return (
    <ul
      aria-label="Legend"
      className="flex min-h-8 flex-wrap items-center gap-x-4 gap-y-1 text-xs text-stone-700 dark:text-stone-300"
    >
      <li>
        <span className="rounded-sm bg-sky-200/80 px-1 underline decoration-solid decoration-2 underline-offset-4 decoration-sky-700 dark:bg-sky-800/60 dark:decoration-sky-300">
          solid underline
        </span>{" "}
        shared word for word
      </li>
      <li>
        <span className="rounded-sm bg-sky-100/80 px-1 underline decoration-dotted decoration-2 underline-offset-4 decoration-sky-700 dark:bg-sky-900/50 dark:decoration-sky-300">
          dotted underline
        </span>{" "}
        shared in other words
      </li>
      <li>deeper blue: told by more versions</li>
      {readerLinks && (
        <li>
          <span className="rounded-sm bg-sky-100/80 px-1 underline decoration-double decoration-2 underline-offset-4 decoration-violet-700 dark:bg-sky-900/50 dark:decoration-violet-300">
            double underline
          </span>{" "}
          linked by you
        </li>
      )}
      {/* Short, so that the legend seldom gains a line when the result arrives (decision 017). */}
      {factsDiffer && (
        <li>
          <span
            aria-hidden="true"
            className="rounded-sm bg-rose-100 px-1 font-semibold text-rose-900 dark:bg-rose-950 dark:text-rose-100"
          >
            ≠
          </span>{" "}
          facts differ between versions
        </li>
      )}
      <li>
        <span className="rounded-sm bg-amber-100/80 px-1 dark:bg-amber-900/40">no underline</span>{" "}
        not found in the others
      </li>
    </ul>
  );
}
