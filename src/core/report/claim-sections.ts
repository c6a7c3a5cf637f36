/**
 * The report's sections about what the versions say: each shared claim
 * once, what each version alone says, what each leaves out, where they
 * disagree on facts, and how each gives every quotation.
 */
import { FACT_KIND_LABELS, factRows, formatFactValues, versionsLabel } from "../facts/fact-rows.ts";
import { quotedBy, readableChanges, tellingsByKind } from "../facts/list-quotes.ts";
import type { Discrepancy, QuoteEntry } from "../facts/types.ts";
import type { Inline, ReportInput, ReportItem, ReportSection } from "./report-types.ts";
import { quoteLine } from "./quotable.ts";
import { fullest, matchesThemes, type ReportPassage, type ShownStory } from "./shown-story.ts";

/** Left-out claims listed per version; past it, a count ("and 12 more"). */
const MAX_LEFT_OUT = 25;
/** Passages told by one version alone shorter than this (leftover words) are not listed. */
const MIN_ALONE_WORDS = 3;

type Context = {
  input: ReportInput;
  shown: ShownStory;
  labels: Map<string, string>;
  texts: Map<string, string>;
};

/** What the claim sections need besides the input: labels and texts by version id. */
export function claimContext(input: ReportInput, shown: ShownStory): Context {
  return {
    input,
    shown,
    labels: new Map(input.comparison.versions.map((v) => [v.id, v.label])),
    texts: new Map(input.comparison.versions.map((v) => [v.id, v.text])),
  };
}

const quoted = (c: Context, passage: ReportPassage): Inline =>
  quoteLine(passage, c.texts.get(passage.version)!);
const versionsOf = (passages: readonly ReportPassage[]) => [
  ...new Set(passages.map((p) => p.version)),
];

// Claims tied by a link of the reader's the engine applied.
function linkedByReader(c: Context): Set<number> {
  const applied = new Set(
    (c.input.comparison.corrections ?? []).filter((o) => o.status === "applied").map((o) => o.id),
  );
  const groups = new Set<number>();
  const groupAt = (span: { version: string; start: number; end: number }) =>
    c.shown.passages.find(
      (p) => p.version === span.version && p.start < span.end && span.start < p.end,
    )?.group;
  for (const link of c.input.corrections) {
    if (link.kind !== "link" || !applied.has(link.id)) continue;
    const group = groupAt(link.a);
    if (group !== undefined && group !== null && group === groupAt(link.b)) groups.add(group);
  }
  return groups;
}

// "Version A and Version B word for word; Version C in other words".
function whoAndHow(c: Context, passages: readonly ReportPassage[]): string {
  const how = new Map<string, string[]>();
  for (const version of versionsOf(passages)) {
    const kinds = new Set(passages.filter((p) => p.version === version).map((p) => p.kind));
    const manner =
      kinds.size > 1
        ? "partly word for word"
        : kinds.has("verbatim")
          ? "word for word"
          : "in other words";
    how.set(manner, [...(how.get(manner) ?? []), version]);
  }
  return [...how].map(([manner, ids]) => `${versionsLabel(ids, c.labels)} ${manner}`).join("; ");
}

/** Each claim two or more shown versions tell, once, by its fullest telling, in reading order. */
export function sharedClaimsSection(c: Context): ReportSection {
  const { view } = c.input;
  const total = c.shown.versions.length;
  const linked = linkedByReader(c);
  const claims = [...c.shown.byGroup].filter(
    ([, passages]) =>
      view.show !== "unique" &&
      versionsOf(passages).length >= Math.max(2, view.minToldBy) &&
      matchesThemes([...new Set(passages.flatMap((p) => p.themes))], view),
  );
  const items: ReportItem[] = claims.map(([group, passages]) => ({
    line: [quoted(c, fullest(passages))],
    sub: [
      [
        `Told by ${versionsOf(passages).length} of ${total}: ${whoAndHow(c, passages)}.`,
        ...(linked.has(group) ? [" ", { strong: "Linked by you." }] : []),
      ],
    ],
  }));
  return {
    title: "Shared claims",
    count: items.length,
    blocks: [
      {
        kind: "paragraph",
        line: ["Each claim once, by its fullest telling, in the order the first column tells it."],
      },
      items.length > 0
        ? { kind: "list", ordered: true, items }
        : { kind: "paragraph", line: ["None under this view."] },
    ],
  };
}

/** Per shown version, what no other shown version was found to say. */
export function aloneSection(c: Context): ReportSection {
  const { view } = c.input;
  const blocks: ReportSection["blocks"] = [
    {
      kind: "paragraph",
      line: [
        `Passages of ${MIN_ALONE_WORDS} words or more that no other version shown was found to tell (the engine misses some claims told in other words).`,
      ],
    },
  ];
  let count = 0;
  for (const version of c.shown.versions) {
    const alone =
      view.show === "shared"
        ? []
        : c.shown.passages.filter(
            (p) =>
              p.version === version.id &&
              p.kind === "unique" &&
              p.text.trim().split(/\s+/).length >= MIN_ALONE_WORDS &&
              matchesThemes(p.themes, view),
          );
    count += alone.length;
    blocks.push({ kind: "heading", text: `${version.label} alone (${alone.length})` });
    blocks.push(
      alone.length > 0
        ? { kind: "list", ordered: false, items: alone.map((p) => ({ line: [quoted(c, p)] })) }
        : { kind: "paragraph", line: ["Nothing."] },
    );
  }
  return { title: "Said by one version alone", count, blocks };
}

/** Per shown version, the claims two or more other shown versions tell and it does not. */
export function leftOutSection(c: Context): ReportSection {
  const blocks: ReportSection["blocks"] = [];
  let count = 0;
  for (const version of c.shown.versions) {
    const missing = [...c.shown.byGroup.values()]
      .filter(
        (passages) =>
          !passages.some((p) => p.version === version.id) &&
          matchesThemes([...new Set(passages.flatMap((p) => p.themes))], c.input.view),
      )
      .sort((x, y) => versionsOf(y).length - versionsOf(x).length);
    count += missing.length;
    const items: ReportItem[] = missing.slice(0, MAX_LEFT_OUT).map((passages) => ({
      line: [
        quoted(c, fullest(passages)),
        ` — told by ${versionsLabel(versionsOf(passages), c.labels)}`,
      ],
    }));
    if (missing.length > MAX_LEFT_OUT)
      items.push({
        line: [`and ${missing.length - MAX_LEFT_OUT} more claims told by fewer versions`],
      });
    blocks.push({ kind: "heading", text: `${version.label} leaves out (${missing.length})` });
    blocks.push(
      items.length > 0
        ? { kind: "list", ordered: false, items }
        : { kind: "paragraph", line: ["Nothing others share."] },
    );
  }
  return { title: "Left out", count, blocks };
}

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
export function factsSection(c: Context): ReportSection {
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
      line: passages.length > 0 ? [quoted(c, fullest(passages))] : [`“${first.text}”`],
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
export function quotesSection(c: Context): ReportSection {
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
