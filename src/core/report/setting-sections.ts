/**
 * The report's sections about its setting: the versions (with where they
 * came from), the view it reflects, how alike the versions are, and the
 * reader's own corrections.
 */
import { countWords } from "../text/count-words.ts";
import type { Inline, ReportInput, ReportItem, ReportSection } from "./report-types.ts";
import type { ShownStory } from "./shown-story.ts";
import { similarityShares } from "./similarity-shares.ts";

/** Beyond this many versions a similarity table is too wide to read on paper. */
const MAX_TABLE_VERSIONS = 12;

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "on 2026-11-30 at 13:20 UTC": unambiguous wherever the report is read. */
export function reportDate(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} at ${iso.slice(11, 16)} UTC`;
}

/** The shown versions, each with its source, byline, dateline, time and address where known. */
export function versionsSection(input: ReportInput, shown: ShownStory): ReportSection {
  const meta = new Map(input.story.versions.map((v) => [v.id, v]));
  const items: ReportItem[] = shown.versions.map((version) => {
    const v = meta.get(version.id);
    const about = [
      v?.source,
      v?.byline && `by ${v.byline}`,
      v?.dateline,
      v?.published && `published ${v.published.replace("T", " ")}`,
      v?.url,
    ].filter((part): part is string => Boolean(part));
    const passages = shown.passages.filter((p) => p.version === version.id);
    const words = countWords(version.text);
    const share = (kind: string) =>
      words === 0
        ? 0
        : passages.filter((p) => p.kind === kind).reduce((sum, p) => sum + countWords(p.text), 0) /
          words;
    return {
      line: [{ strong: version.label }, about.length > 0 ? ` — ${about.join("; ")}` : ""],
      sub: [
        [
          `${words} words; ${pct(share("unique"))} found in no other version shown, ${pct(share("verbatim"))} word for word in another.`,
        ],
      ],
    };
  });
  const hidden = input.comparison.versions.filter((v) => !input.view.shown.includes(v.id));
  return {
    title: "Versions",
    count: shown.versions.length,
    blocks: [
      { kind: "list", ordered: false, items },
      ...(hidden.length > 0
        ? [
            {
              kind: "paragraph" as const,
              line: [`Not shown, so not in this report: ${hidden.map((v) => v.label).join(", ")}.`],
            },
          ]
        : []),
    ],
  };
}

const SHOWN = {
  all: "every passage",
  shared: "only passages other versions share",
  unique: "only passages found in no other version",
} as const;

/** The reader's view the report reflects: versions shown, strictness, filters, themes. */
export function viewSection(input: ReportInput, shown: ShownStory): ReportSection {
  const { view } = input;
  const total = input.comparison.versions.length;
  const applied = (input.comparison.corrections ?? []).filter((o) => o.status === "applied");
  const line = (label: string, text: string): ReportItem => ({
    line: [{ strong: `${label}:` }, ` ${text}`],
  });
  const themes = view.themes.map((t) => t.label);
  const items = [
    line(
      "Versions shown",
      `${shown.versions.map((v) => v.label).join(", ")} (${shown.versions.length} of ${total})`,
    ),
    line("Strictness", view.strictness),
    line(
      "Highlighted",
      SHOWN[view.show] +
        (view.show !== "unique" && view.minToldBy > 2
          ? `, shared claims told by at least ${view.minToldBy} versions`
          : ""),
    ),
    line(
      "Themes",
      themes.length === 0
        ? "none chosen"
        : `only passages about ${themes.join(view.themeMatch === "all" ? " and " : " or ")}`,
    ),
    line(
      "Your corrections",
      input.corrections.length === 0
        ? "none"
        : `${input.corrections.length}, ${applied.length} applied (listed at the end)`,
    ),
    line("Fact check", input.quotes === null ? "not finished when the report was made" : "done"),
  ];
  return {
    title: "View",
    blocks: [
      {
        kind: "paragraph",
        line: [
          "The claims below are those the view highlighted; the differences in facts and the quotes cover every version shown.",
        ],
      },
      { kind: "list", ordered: false, items },
    ],
  };
}

/** Each shown version's share of words the others also tell, as a table (a few versions only). */
export function similaritySection(shown: ShownStory): ReportSection {
  const labels = shown.versions.map((v) => v.label);
  if (labels.length > MAX_TABLE_VERSIONS)
    return {
      title: "Similarity",
      blocks: [
        {
          kind: "paragraph",
          line: [`Left out: a table of ${labels.length} versions is too wide to read.`],
        },
      ],
    };
  const rows = similarityShares(shown.comparison).map((row, i) => [
    labels[i]!,
    ...row.map((s, j) => (i === j ? "—" : pct(s))),
  ]);
  return {
    title: "Similarity",
    blocks: [
      {
        kind: "table",
        caption: "Share of each row’s words that the column version also tells.",
        head: ["", ...labels],
        rows,
      },
    ],
  };
}

/** The reader's own judgements (links and unlinks), marked as theirs, with what became of each. */
export function correctionsSection(input: ReportInput): ReportSection {
  const texts = new Map(input.comparison.versions.map((v) => [v.id, v]));
  const outcome = new Map((input.comparison.corrections ?? []).map((o) => [o.id, o]));
  const side = (span: { version: string; start: number; end: number }): Inline[] => {
    const version = texts.get(span.version);
    const text = version?.text.slice(span.start, span.end).replace(/\s+/g, " ").trim() ?? "";
    return [`“${text}” (`, { strong: version?.label ?? span.version }, ")"];
  };
  const items: ReportItem[] = input.corrections.map((c) => {
    const result = outcome.get(c.id);
    const status =
      result?.status === "ignored" ? `ignored: ${result.reason}` : result ? "applied" : "pending";
    return {
      line: [
        c.kind === "link"
          ? "You linked, as the same claim: "
          : "You unlinked, as different claims: ",
        ...side(c.a),
        " and ",
        ...side(c.b),
        ` — ${status}.`,
      ],
    };
  });
  return {
    title: "Your corrections",
    count: items.length,
    blocks: [
      {
        kind: "paragraph",
        line: [
          items.length === 0
            ? "None: every link in this report is the engine’s."
            : "These are the reader’s own judgements, not the engine’s; claims they tie are marked “linked by you”.",
        ],
      },
      ...(items.length > 0 ? [{ kind: "list" as const, ordered: false, items }] : []),
    ],
  };
}
