/**
 * The "Facts that differ" section as rows: one per disagreement, its values
 * by version, versions that say the same thing listed together
 * ("Versions A, B: 12 months · Version C: 18 months").
 */
import type { Discrepancy, DiscrepancyKind } from "./types.ts";

/** One disagreement: what kind of fact, and who says what. */
export type FactRow = { kind: DiscrepancyKind; values: { versions: string[]; text: string }[] };

/** How each kind is named in the panel. */
export const FACT_KIND_LABELS: Record<DiscrepancyKind, string> = {
  number: "Number",
  date: "Date",
  name: "Name",
  quote: "Quote",
  negation: "Negation",
};

/**
 * The rows for a group's discrepancies, versions in column order. The engine
 * reports disagreements pair by pair, so with three versions "12 months" may
 * come twice (A/C, B/C): pairs of one kind that share a value are one row.
 */
export function factRows(
  discrepancies: readonly Discrepancy[],
  versionOrder: readonly string[],
): FactRow[] {
  const clusters: Discrepancy[][] = [];
  const valueKey = (d: Discrepancy) =>
    new Set(d.values.map((v) => `${d.kind}|${v.version}:${v.start}:${v.end}`));
  for (const discrepancy of discrepancies) {
    const keys = valueKey(discrepancy);
    const joined = clusters.filter((c) => c.some((d) => [...valueKey(d)].some((k) => keys.has(k))));
    const merged = [...joined.flat(), discrepancy];
    for (const c of joined) clusters.splice(clusters.indexOf(c), 1);
    clusters.push(merged);
  }
  const rank = (version: string) => {
    const i = versionOrder.indexOf(version);
    return i === -1 ? versionOrder.length : i;
  };
  return clusters.map((cluster) => {
    const textsOf = new Map<string, string[]>();
    for (const value of cluster.flatMap((d) => d.values)) {
      const texts = textsOf.get(value.version) ?? [];
      if (!texts.includes(value.text)) texts.push(value.text);
      textsOf.set(value.version, texts);
    }
    const byText = new Map<string, string[]>();
    for (const version of [...textsOf.keys()].sort((x, y) => rank(x) - rank(y))) {
      const text = textsOf.get(version)!.join(" / ");
      byText.set(text, [...(byText.get(text) ?? []), version]);
    }
    return {
      kind: cluster[0]!.kind,
      values: [...byText].map(([text, versions]) => ({ versions, text })),
    };
  });
}

/** "Version A", or "Versions A, B" when every label reads "Version …"; else the labels joined. */
export function versionsLabel(
  versions: readonly string[],
  labels: ReadonlyMap<string, string>,
): string {
  const names = versions.map((id) => labels.get(id) ?? id);
  if (names.length > 1 && names.every((name) => name.startsWith("Version ")))
    return `Versions ${names.map((name) => name.slice("Version ".length)).join(", ")}`;
  return names.join(", ");
}

/** A row's values as one line: "Versions A, B: 12 months · Version C: 18 months". */
export function formatFactValues(row: FactRow, labels: ReadonlyMap<string, string>): string {
  return row.values
    .map((entry) => `${versionsLabel(entry.versions, labels)}: ${entry.text}`)
    .join(" · ");
}
