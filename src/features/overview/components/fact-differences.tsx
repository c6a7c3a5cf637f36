import { FACT_KIND_LABELS, formatFactValues } from "@/core/facts/fact-rows.ts";
import type { ComparisonView } from "@/features/comparison/index.ts";
import { listFactDifferences } from "../lib/fact-differences.ts";
import { quoteLine } from "@/core/report/quotable.ts";

type FactDifferencesProps = {
  view: ComparisonView;
  /** False until the fact check (sent after the comparison) has come in. */
  checked: boolean;
  onSelect: (key: string) => void;
};

/**
 * "Differences in facts": every claim whose versions disagree on a number,
 * date, name, quotation or negation, with the values by version; choosing a
 * claim opens it in its versions.
 */
export function FactDifferences({ view, checked, onSelect }: FactDifferencesProps) {
  if (!checked)
    return (
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        Checking facts…
      </p>
    );
  const differences = listFactDifferences(view);
  if (differences.length === 0)
    return (
      <p className="max-w-prose text-sm">
        No differences in facts were found: where the versions tell the same claim, their numbers,
        dates, names, quotations and negations agree (or only one of them states the fact).
      </p>
    );
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {differences.length} {differences.length === 1 ? "claim is" : "claims are"} told with
        different facts. Choose one to read it in its versions.
      </p>
      <ul aria-label="Differences in facts" className="mt-2 space-y-3 text-sm">
        {differences.map((difference) => (
          <li key={difference.group}>
            <button
              type="button"
              onClick={() => onSelect(difference.open)}
              className="text-start hover:underline"
            >
              <span dir="auto" className="font-serif">
                {quoteLine(difference.claim, view.texts.get(difference.claim.version) ?? "", 160)}
              </span>
            </button>
            <ul className="mt-1 space-y-0.5 ps-4">
              {difference.rows.map((row, i) => (
                <li key={i}>
                  <span className="font-medium">{FACT_KIND_LABELS[row.kind]}: </span>
                  <span dir="auto">{formatFactValues(row, view.labels)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
