/**
 * A comparison report a fact-checker can file: the story, its versions and
 * where they came from, when the report was made and the view it reflects,
 * each shared claim once, what each version alone says and leaves out, the
 * differences in facts and the quotes, and the reader's own corrections.
 * Markdown that reads as plain text, and an HTML page that prints well. All
 * article text is escaped: a report never carries markup from the texts.
 */
import {
  aloneSection,
  claimContext,
  leftOutSection,
  sharedClaimsSection,
} from "./claim-sections.ts";
import { factsSection, quotesSection } from "./fact-sections.ts";
import type {
  Inline,
  ReportBlock,
  ReportDocument,
  ReportInput,
  ReportItem,
} from "./report-types.ts";
import {
  correctionsSection,
  reportDate,
  similaritySection,
  versionsSection,
  viewSection,
} from "./setting-sections.ts";
import { shownStory } from "./shown-story.ts";

export type { ReportInput, ReportView } from "./report-types.ts";
export { similarityShares } from "./similarity-shares.ts";

/** The report as a document: its sections in the order they are read. */
export function buildReport(input: ReportInput): ReportDocument {
  const shown = shownStory(input);
  const context = claimContext(input, shown);
  return {
    title: input.story.title,
    intro: [
      `Comparison report made with Parallax on ${reportDate(input.madeAt)}: ${shown.versions.length} of ${input.comparison.versions.length} versions of one story.`,
    ],
    sections: [
      versionsSection(input, shown),
      viewSection(input, shown),
      similaritySection(shown),
      sharedClaimsSection(context),
      aloneSection(context),
      leftOutSection(context),
      factsSection(context),
      quotesSection(context),
      correctionsSection(input),
    ],
  };
}

/** The report as Markdown. */
export function reportMarkdown(input: ReportInput): string {
  const report = buildReport(input);
  const lines = [`# ${escapeMarkdown(report.title)}`, "", markdownInline(report.intro), ""];
  for (const section of report.sections) {
    const count = section.count === undefined ? "" : ` (${section.count})`;
    lines.push(`## ${escapeMarkdown(section.title)}${count}`, "");
    for (const block of section.blocks) {
      // A block of a long version can run to thousands of lines: no spread into push.
      for (const line of markdownBlock(block)) lines.push(line);
      lines.push("");
    }
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

function markdownInline(parts: readonly Inline[]): string {
  return parts
    .map((part) =>
      typeof part === "string"
        ? escapeMarkdown(part)
        : "strong" in part
          ? `**${escapeMarkdown(part.strong)}**`
          : "removed" in part
            ? `[-${escapeMarkdown(part.removed)}-]`
            : `[+${escapeMarkdown(part.added)}+]`,
    )
    .join("");
}

function markdownBlock(block: ReportBlock): string[] {
  switch (block.kind) {
    case "paragraph":
      return [markdownInline(block.line)];
    case "heading":
      return [`### ${escapeMarkdown(block.text)}`];
    case "table":
      return [
        escapeMarkdown(block.caption),
        "",
        `| ${block.head.map(escapeMarkdown).join(" | ")} |`,
        `|${" --- |".repeat(block.head.length)}`,
        ...block.rows.map((row) => `| ${row.map(escapeMarkdown).join(" | ")} |`),
      ];
    case "list":
      return block.items.flatMap((item: ReportItem, i) => {
        const marker = block.ordered ? `${i + 1}. ` : "- ";
        const indent = " ".repeat(marker.length);
        return [
          `${marker}${markdownInline(item.line)}`,
          ...(item.sub ?? []).map((line) => `${indent}- ${markdownInline(line)}`),
        ];
      });
  }
}

/** The report as a standalone HTML page, styled for screen (light or dark) and print. */
export function reportHtml(input: ReportInput): string {
  const report = buildReport(input);
  const sections = report.sections
    .map((section) => {
      const count = section.count === undefined ? "" : ` (${section.count})`;
      return `<section><h2>${escapeHtml(section.title)}${count}</h2>\n${section.blocks.map(htmlBlock).join("\n")}</section>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)} · Parallax report</title>
<style>${STYLE}</style>
</head><body><main><h1>${escapeHtml(report.title)}</h1><p>${htmlInline(report.intro)}</p>
${sections}
</main></body></html>
`;
}

const STYLE = [
  ":root{color-scheme:light dark;--ink:#1c1917;--muted:#57534e;--rule:#d6d3d1;--bg:#fff;--del:#991b1b;--ins:#065f46}",
  "@media (prefers-color-scheme:dark){:root{--ink:#f5f5f4;--muted:#d6d3d1;--rule:#57534e;--bg:#1c1917;--del:#fecaca;--ins:#a7f3d0}}",
  "body{font:16px/1.55 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:var(--ink);background:var(--bg)}",
  "h1,h2,h3,th,caption{font-family:system-ui,sans-serif}h2{margin-top:2rem;border-bottom:1px solid var(--rule)}",
  "li{margin:.3rem 0}li>ul{margin:.2rem 0;color:var(--muted)}",
  "table{border-collapse:collapse;margin:1rem 0;display:block;overflow-x:auto}td,th{border:1px solid var(--rule);padding:.25rem .5rem;text-align:left}",
  "caption{text-align:left;color:var(--muted);padding:.25rem 0}",
  "del{color:var(--del);text-decoration:line-through}ins{color:var(--ins);text-decoration:underline}",
  "@media print{body{margin:0;max-width:none;color:#000;background:#fff}section{break-inside:auto}li{break-inside:avoid}}",
].join("");

function htmlInline(parts: readonly Inline[]): string {
  return parts
    .map((part) =>
      typeof part === "string"
        ? escapeHtml(part)
        : "strong" in part
          ? `<strong>${escapeHtml(part.strong)}</strong>`
          : "removed" in part
            ? `<del>${escapeHtml(part.removed)}</del>`
            : `<ins>${escapeHtml(part.added)}</ins>`,
    )
    .join("");
}

function htmlBlock(block: ReportBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${htmlInline(block.line)}</p>`;
    case "heading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "table": {
      // The corner cell over the row labels names nothing: a plain cell, not a header.
      const head = block.head
        .map((cell) => (cell === "" ? "<td></td>" : `<th scope="col">${escapeHtml(cell)}</th>`))
        .join("");
      const rows = block.rows
        .map(
          ([first, ...cells]) =>
            `<tr><th scope="row">${escapeHtml(first ?? "")}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`,
        )
        .join("");
      return `<table><caption>${escapeHtml(block.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = block.items
        .map((item) => {
          const sub = item.sub?.length
            ? `<ul>${item.sub.map((line) => `<li>${htmlInline(line)}</li>`).join("")}</ul>`
            : "";
          return `<li>${htmlInline(item.line)}${sub}</li>`;
        })
        .join("\n");
      return `<${tag}>\n${items}\n</${tag}>`;
    }
  }
}

/** Text made safe to place in HTML, as element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

// Characters that would turn article text into Markdown structure or HTML.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, " ");
}
