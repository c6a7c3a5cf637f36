import { useState } from "react";
import type { WordChange } from "@/core/align/word-diff.ts";
import { versionsLabel } from "@/core/facts/fact-rows.ts";
import { readableChanges, tellingsByKind } from "@/core/facts/list-quotes.ts";
import type { QuoteEntry } from "@/core/facts/types.ts";
import { passageAt, type ComparisonView } from "@/features/comparison/index.ts";
import { truncate } from "../lib/fullest-telling.ts";

/** Quotations listed before "Show all": a story of hundreds of versions may hold thousands. */
const FIRST_SHOWN = 40;

type QuoteListProps = {
  view: ComparisonView;
  /** Null until the fact check (sent after the comparison) has come in. */
  quotes: readonly QuoteEntry[] | null;
  onSelect: (key: string) => void;
};

/**
 * Every direct quotation in the story, most widely quoted first: which
 * versions give it word for word, which altered it (and how, word by word),
 * which give the words without quotation marks, and which leave it out.
 */
export function QuoteList({ view, quotes, onSelect }: QuoteListProps) {
  const [all, setAll] = useState(false);
  if (quotes === null)
    return (
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        Checking facts…
      </p>
    );
  if (quotes.length === 0)
    return <p className="text-sm">No direct quotations were found in any version.</p>;
  const shown = all ? quotes : quotes.slice(0, FIRST_SHOWN);
  const label = (ids: readonly string[]) => versionsLabel(ids, view.labels);
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {quotes.length} {quotes.length === 1 ? "quotation" : "quotations"}, the most widely quoted
        first. Choose one to read it where it is quoted.
      </p>
      <ul aria-label="Quotes" className="mt-2 space-y-3 text-sm">
        {shown.map((quote) => {
          const by = tellingsByKind(quote);
          const open = quotePassage(view, quote);
          return (
            <li key={`${quote.source.version}:${quote.source.start}`}>
              <button
                type="button"
                disabled={!open}
                onClick={() => open && onSelect(open.key)}
                className="text-start hover:underline"
              >
                <span dir="auto" className="font-serif">
                  “{truncate(quote.text, 200)}”
                </span>
              </button>
              {quote.speaker && (
                <span className="text-stone-600 dark:text-stone-400"> — {quote.speaker}</span>
              )}
              <ul className="mt-1 space-y-0.5 ps-4">
                {by.exact.length > 0 && <Row name="Word for word">{label(by.exact)}</Row>}
                {by.partial.length > 0 && (
                  <Row name="Word for word, in part">{label(by.partial)}</Row>
                )}
                {by.altered.map((telling) => (
                  <Row key={telling.version} name={`Altered in ${label([telling.version])}`}>
                    {telling.changes ? <QuoteChanges changes={telling.changes} /> : telling.text}
                  </Row>
                ))}
                {by.unmarked.length > 0 && (
                  <Row name="Without quotation marks">{label(by.unmarked)}</Row>
                )}
                {by.absent.length > 0 && <Row name="Left out">{label(by.absent)}</Row>}
              </ul>
            </li>
          );
        })}
      </ul>
      {!all && quotes.length > FIRST_SHOWN && (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="mt-3 rounded-md border border-stone-300 px-2.5 py-1 text-sm hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
        >
          Show all {quotes.length} quotations
        </button>
      )}
    </div>
  );
}

// The passage holding the quotation's first word (its opening mark may end the passage before).
function quotePassage(view: ComparisonView, quote: QuoteEntry) {
  const { version, start, end } = quote.source;
  const text = view.texts.get(version)?.slice(start, end) ?? "";
  return passageAt(view, version, start + Math.max(0, text.search(/[\p{L}\p{N}]/u)));
}

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <li>
      <span className="font-medium">{name}: </span>
      {children}
    </li>
  );
}

/**
 * The altered quotation's words against the reference: cut words struck
 * through, new ones underlined; <del> and <ins> say so to assistive tech.
 */
function QuoteChanges({ changes }: { changes: readonly WordChange[] }) {
  return (
    <span dir="auto" className="font-serif">
      “
      {readableChanges(changes).map((change, i) =>
        change.kind === "same" ? (
          <span key={i}>{change.text}</span>
        ) : change.kind === "removed" ? (
          <del key={i} className="text-red-900 line-through dark:text-red-200">
            {change.text}
          </del>
        ) : (
          <ins key={i} className="text-emerald-900 underline dark:text-emerald-200">
            {change.text}
          </ins>
        ),
      )}
      ”
    </span>
  );
}
