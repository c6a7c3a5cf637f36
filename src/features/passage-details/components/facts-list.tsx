import type { ComparisonView, ViewPassage } from "@/features/comparison/index.ts";
import { FACT_KIND_LABELS, factRows, versionsLabel } from "@/core/facts/fact-rows.ts";

/**
 * "Facts that differ": where the versions telling the selected claim
 * disagree on a number, date, name, quotation or negation. Nothing when
 * they agree (or the engine found nothing to compare).
 */
export function FactsList({ view, selected }: { view: ComparisonView; selected: ViewPassage }) {
  // The whole group's disagreements; a passage outside any group has only its own.
  const discrepancies =
    selected.group === null
      ? selected.discrepancies
      : view.discrepancies.filter((d) => d.group === selected.group);
  if (discrepancies.length === 0) return null;
  const rows = factRows(
    discrepancies,
    view.versions.map((v) => v.id),
  );
  return (
    <section aria-labelledby="passage-details-facts">
      <h3 id="passage-details-facts" className="mt-5 text-sm font-semibold">
        <span aria-hidden="true" className="text-rose-800 dark:text-rose-200">
          ≠{" "}
        </span>
        Facts that differ
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {rows.map((row, i) => (
          <li key={i}>
            <span className="font-medium">{FACT_KIND_LABELS[row.kind]}: </span>
            {row.values.map((entry, j) => (
              <span key={j}>
                {j > 0 && " · "}
                <span className="text-stone-600 dark:text-stone-400">
                  {versionsLabel(entry.versions, view.labels)}:
                </span>{" "}
                <span dir="auto">{entry.text}</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
