/**
 * The report's sections about what the versions say: each shared claim
 * once, what each version alone says, and what each leaves out.
 */
import { versionsLabel } from "../facts/fact-rows.ts";
import type { Inline, ReportInput, ReportItem, ReportSection } from "./report-types.ts";
import { quoteLine } from "./quotable.ts";
import { fullest, matchesThemes, type ReportPassage, type ShownStory } from "./shown-story.ts";

/** Left-out claims listed per version; past it, a count ("and 12 more"). */
const MAX_LEFT_OUT = 25;
/** Passages told by one version alone shorter than this (leftover words) are not listed. */
const MIN_ALONE_WORDS = 3;

export type ClaimContext = {
  input: ReportInput;
  shown: ShownStory;
  labels: Map<string, string>;
  texts: Map<string, string>;
};

/** What the claim sections need besides the input: labels and texts by version id. */
export function claimContext(input: ReportInput, shown: ShownStory): ClaimContext {
  return {
    input,
    shown,
    labels: new Map(input.comparison.versions.map((v) => [v.id, v.label])),
    texts: new Map(input.comparison.versions.map((v) => [v.id, v.text])),
  };
}

const quoted = (c: ClaimContext, passage: ReportPassage): Inline =>
  quoteLine(passage, c.texts.get(passage.version)!);

/** A claim by its fullest telling among `passages`, as a quoted line. */
export const fullestTelling = (c: ClaimContext, passages: readonly ReportPassage[]): Inline =>
  quoted(c, fullest(passages));
const versionsOf = (passages: readonly ReportPassage[]) => [
  ...new Set(passages.map((p) => p.version)),
];

// Claims tied by a link of the reader's the engine applied.
function linkedByReader(c: ClaimContext): Set<number> {
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
function whoAndHow(c: ClaimContext, passages: readonly ReportPassage[]): string {
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
export function sharedClaimsSection(c: ClaimContext): ReportSection {
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
    line: [fullestTelling(c, passages)],
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
export function aloneSection(c: ClaimContext): ReportSection {
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
export function leftOutSection(c: ClaimContext): ReportSection {
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
        fullestTelling(c, passages),
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
