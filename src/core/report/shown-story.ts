/**
 * The comparison as the reader saw it: only the versions shown, sharing
 * counted among them (a passage told elsewhere only by hidden versions reads
 * as told by one version alone), and a passage's text as a reader can quote
 * it.
 */
import type { Comparison, Passage, VersionInput } from "../align/types.ts";
import type { ReportInput, ReportView } from "./report-types.ts";

/** A passage of a shown version, with its text and themes. */
export type ReportPassage = Passage & { text: string; themes: readonly string[] };

/** The comparison restricted to the versions shown. */
export type ShownStory = {
  /** The shown versions, in column order. */
  versions: VersionInput[];
  passages: ReportPassage[];
  /** Passages of each claim told by two or more shown versions, in column order. */
  byGroup: Map<number, ReportPassage[]>;
  /** The restricted comparison, for figures computed from one. */
  comparison: Comparison;
};

/** Restricts the input's comparison to its view's shown versions. */
export function shownStory(input: ReportInput): ShownStory {
  const { comparison, view } = input;
  const visible = new Set(view.shown);
  const byId = new Map(comparison.versions.map((v) => [v.id, v]));
  const versions = view.shown.flatMap((id) => byId.get(id) ?? []);
  const passages: ReportPassage[] = [];
  comparison.passages.forEach((p, i) => {
    if (!visible.has(p.version)) return;
    const sharedWith = p.sharedWith.filter((other) => visible.has(other));
    const alone = sharedWith.length === 0;
    passages.push({
      ...p,
      sharedWith,
      kind: alone ? "unique" : p.kind,
      group: alone ? null : p.group,
      score: alone ? 0 : p.score,
      text: byId.get(p.version)!.text.slice(p.start, p.end),
      themes: input.passageThemes?.[i] ?? [],
    });
  });
  const rank = new Map(view.shown.map((id, i) => [id, i]));
  passages.sort((x, y) => rank.get(x.version)! - rank.get(y.version)! || x.start - y.start);
  const byGroup = new Map<number, ReportPassage[]>();
  for (const p of passages) {
    if (p.group === null) continue;
    const list = byGroup.get(p.group);
    if (list) list.push(p);
    else byGroup.set(p.group, [p]);
  }
  const groups = comparison.groups
    .map((g) => ({ ...g, versions: g.versions.filter((id) => visible.has(id)) }))
    .filter((g) => g.versions.length >= 2);
  return { versions, passages, byGroup, comparison: { versions, passages, groups } };
}

/** Whether passages with these themes pass the reader's theme filter. */
export function matchesThemes(themes: readonly string[], view: ReportView): boolean {
  if (view.themes.length === 0) return true;
  const has = (t: { id: string }) => themes.includes(t.id);
  return view.themeMatch === "all" ? view.themes.every(has) : view.themes.some(has);
}

/** The longest of a claim's passages: its fullest telling. */
export function fullest(passages: readonly ReportPassage[]): ReportPassage {
  return passages.reduce((best, p) => (p.text.trim().length > best.text.trim().length ? p : best));
}
