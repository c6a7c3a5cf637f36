/**
 * The report's sections from the fact check: where the shown versions
 * disagree on facts, and how each gives every quotation.
 */
import { FACT_KIND_LABELS, factRows, formatFactValues, versionsLabel } from "../facts/fact-rows.ts";
import { quotedBy, readableChanges, tellingsByKind } from "../facts/list-quotes.ts";
import type { Discrepancy, QuoteEntry } from "../facts/types.ts";
import { fullestTelling, type ClaimContext } from "./claim-sections.ts";
import type { Inline, ReportItem, ReportSection } from "./report-types.ts";

const NOT_CHECKED: ReportSection["blocks"] = [
  { kind: "paragraph", line: ["The fact check had not finished when this report was made."] },
];

/** The discrepancies between shown versions: those with values in two shown versions or more. */
export function shownDiscrepancies(
  discrepancies: readonly Discrepancy[],
  shown: readonly string[],
): Discrepancy[] {
  return discrepancies.flatMap((d) => {
    const values = d.values.filter((v) => shown.includes(v.version));
    return new Set(values.map((v) => v.version)).size >= 2 ? [{ ...d, values }] : [];
  });
}

/** Where the shown versions disagree on facts, grouped by claim, values by version. */
export function factsSection(c: ClaimContext): ReportSection {
  if (c.input.quotes === null) return { title: "Differences in facts", blocks: NOT_CHECKED };
  const order = c.shown.versions.map((v) => v.id);
  const byGroup = new Map<number, Discrepancy[]>();
  for (const d of shownDiscrepancies(c.input.discrepancies, order))
    byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
  let count = 0;
  const items: ReportItem[] = [...byGroup].map(([group, discrepancies]) => {
    const first = discrepancies[0]!.values[0]!;
    const passages =
      c.shown.byGroup.get(group) ??
      c.shown.passages.filter(
        (p) => p.version === first.version && p.start < first.end && first.start < p.end,
      );
    const rows = factRows(discrepancies, order);
    count += rows.length;
    return {
      line: passages.length > 0 ? [fullestTelling(c, passages)] : [`“${first.text}”`],
      sub: rows.map((row) => [
        { strong: `${FACT_KIND_LABELS[row.kind]}:` },
        ` ${formatFactValues(row, c.labels)}`,
      ]),
    };
  });
  return {
    title: "Differences in facts",
    count,
    blocks:
      items.length > 0
        ? [
            {
              kind: "paragraph",
              line: [
                `${count} ${count === 1 ? "difference" : "differences"} in ${items.length} ${items.length === 1 ? "claim" : "claims"}: numbers, dates, names, quotations or negations two versions give differently.`,
              ],
            },
            { kind: "list", ordered: true, items },
          ]
        : [
            {
              kind: "paragraph",
              line: [
                "None found: where the versions shown tell the same claim, their facts agree.",
              ],
            },
          ],
  };
}

/** The quotations of the shown versions: who gives each word for word, altered, unmarked or not at all. */
export function shownQuotes(quotes: readonly QuoteEntry[], shown: readonly string[]): QuoteEntry[] {
  return quotes.flatMap((q) => {
    const entry = { ...q, tellings: q.tellings.filter((t) => shown.includes(t.version)) };
    return quotedBy(entry) > 0 ? [entry] : [];
  });
}

/** Every quotation in the shown versions and how each version gives it. */
export function quotesSection(c: ClaimContext): ReportSection {
  if (c.input.quotes === null) return { title: "Quotes", blocks: NOT_CHECKED };
  const label = (ids: readonly string[]) => versionsLabel(ids, c.labels);
  const items: ReportItem[] = shownQuotes(c.input.quotes, c.input.view.shown).map((quote) => {
    const by = tellingsByKind(quote);
    const sub: Inline[][] = [];
    if (by.exact.length > 0) sub.push([{ strong: "Word for word:" }, ` ${label(by.exact)}`]);
    if (by.partial.length > 0)
      sub.push([{ strong: "Word for word, in part:" }, ` ${label(by.partial)}`]);
    for (const t of by.altered)
      sub.push([
        { strong: `Altered in ${label([t.version])}:` },
        " “",
        ...readableChanges(t.changes ?? [{ kind: "same", text: t.text }]).map((ch): Inline =>
          ch.kind === "same"
            ? ch.text
            : ch.kind === "removed"
              ? { removed: ch.text }
              : { added: ch.text },
        ),
        "”",
      ]);
    if (by.unmarked.length > 0)
      sub.push([{ strong: "Without quotation marks:" }, ` ${label(by.unmarked)}`]);
    if (by.absent.length > 0) sub.push([{ strong: "Left out:" }, ` ${label(by.absent)}`]);
    return { line: [`“${quote.text}”`, quote.speaker ? ` — ${quote.speaker}` : ""], sub };
  });
  return {
    title: "Quotes",
    count: items.length,
    blocks:
      items.length > 0
        ? [
            {
              kind: "paragraph",
              line: [
                "Every direct quotation, the most widely quoted first. Altered words are read against the fullest wording most versions agree on: ",
                { removed: "cut words" },
                ", ",
                { added: "added words" },
                ".",
              ],
            },
            { kind: "list", ordered: true, items },
          ]
        : [{ kind: "paragraph", line: ["No direct quotations were found in the versions shown."] }],
  };
}
