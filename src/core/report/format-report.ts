/**
 * A comparison report to keep or share: what each version shares and says
 * alone, how alike the versions are, and every group's passages. Markdown
 * for notes and issue trackers; HTML that prints well. All article text is
 * escaped: a report never carries markup from the texts.
 */
import type { Comparison } from "../align/types.ts";
import { countWords } from "../text/count-words.ts";

type VersionFigures = {
  id: string;
  label: string;
  words: number;
  uniqueShare: number;
  verbatimShare: number;
};

function figures(comparison: Comparison): VersionFigures[] {
  return comparison.versions.map((version) => {
    const passages = comparison.passages.filter((p) => p.version === version.id);
    const words = countWords(version.text);
    const count = (kind: string) =>
      passages
        .filter((p) => p.kind === kind)
        .reduce((sum, p) => sum + countWords(version.text.slice(p.start, p.end)), 0);
    return {
      id: version.id,
      label: version.label,
      words,
      uniqueShare: words === 0 ? 0 : count("unique") / words,
      verbatimShare: words === 0 ? 0 : count("verbatim") / words,
    };
  });
}

/** Row version's share of words in passages the column version also tells. */
export function similarityShares(comparison: Comparison): number[][] {
  return comparison.versions.map((row) => {
    const words = countWords(row.text);
    const shared = new Map<string, number>();
    for (const passage of comparison.passages) {
      if (passage.version !== row.id) continue;
      const n = countWords(row.text.slice(passage.start, passage.end));
      for (const other of passage.sharedWith) shared.set(other, (shared.get(other) ?? 0) + n);
    }
    return comparison.versions.map((column) =>
      column.id === row.id ? 1 : words === 0 ? 0 : (shared.get(column.id) ?? 0) / words,
    );
  });
}

function groupsWithText(comparison: Comparison) {
  const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
  const label = new Map(comparison.versions.map((v) => [v.id, v.label]));
  return [...comparison.groups]
    .sort((a, b) => b.versions.length - a.versions.length || a.id - b.id)
    .map((group) => ({
      ...group,
      passages: comparison.passages
        .filter((p) => p.group === group.id)
        .map((p) => ({
          label: label.get(p.version) ?? p.version,
          text: textOf.get(p.version)!.slice(p.start, p.end).trim(),
        })),
    }));
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The report as Markdown. */
export function reportMarkdown(title: string, comparison: Comparison): string {
  const total = comparison.versions.length;
  const lines = [
    `# ${escapeMarkdown(title)}`,
    "",
    `Compared with Parallax: ${total} versions.`,
    "",
    "## Versions",
    "",
  ];
  lines.push("| Version | Words | Unique | Word for word |", "| --- | --- | --- | --- |");
  for (const f of figures(comparison))
    lines.push(
      `| ${escapeMarkdown(f.label)} | ${f.words} | ${pct(f.uniqueShare)} | ${pct(f.verbatimShare)} |`,
    );
  lines.push(
    "",
    "## Similarity",
    "",
    "Share of each row’s words that the column version also tells.",
    "",
  );
  lines.push(
    `| | ${comparison.versions.map((v) => escapeMarkdown(v.label)).join(" | ")} |`,
    `| --- |${" --- |".repeat(total)}`,
  );
  similarityShares(comparison).forEach((row, i) => {
    lines.push(
      `| ${escapeMarkdown(comparison.versions[i]!.label)} | ${row.map((s, j) => (i === j ? "—" : pct(s))).join(" | ")} |`,
    );
  });
  lines.push("", "## What the versions share", "");
  for (const group of groupsWithText(comparison)) {
    lines.push(
      `### Told by ${group.versions.length} of ${total} (${group.kind === "verbatim" ? "word for word" : "in other words"})`,
      "",
    );
    for (const passage of group.passages)
      lines.push(`- **${escapeMarkdown(passage.label)}**: ${escapeMarkdown(passage.text)}`);
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** The report as a standalone HTML page, styled for print. */
export function reportHtml(title: string, comparison: Comparison): string {
  const total = comparison.versions.length;
  const rows = figures(comparison)
    .map(
      (f) =>
        `<tr><th scope="row">${escapeHtml(f.label)}</th><td>${f.words}</td><td>${pct(f.uniqueShare)}</td><td>${pct(f.verbatimShare)}</td></tr>`,
    )
    .join("");
  const head = comparison.versions
    .map((v) => `<th scope="col">${escapeHtml(v.label)}</th>`)
    .join("");
  const matrix = similarityShares(comparison)
    .map(
      (row, i) =>
        `<tr><th scope="row">${escapeHtml(comparison.versions[i]!.label)}</th>${row.map((s, j) => `<td>${i === j ? "—" : pct(s)}</td>`).join("")}</tr>`,
    )
    .join("");
  const groups = groupsWithText(comparison)
    .map(
      (group) =>
        `<section><h3>Told by ${group.versions.length} of ${total} (${group.kind === "verbatim" ? "word for word" : "in other words"})</h3><ul>${group.passages
          .map((p) => `<li><strong>${escapeHtml(p.label)}</strong>: ${escapeHtml(p.text)}</li>`)
          .join("")}</ul></section>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · Parallax report</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1c1917}h1,h2,h3,th{font-family:system-ui,sans-serif}table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d6d3d1;padding:.25rem .5rem;text-align:left}section{break-inside:avoid}@media print{body{margin:0}}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>Compared with Parallax: ${total} versions.</p>
<h2>Versions</h2><table><thead><tr><th>Version</th><th>Words</th><th>Unique</th><th>Word for word</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Similarity</h2><p>Share of each row’s words that the column version also tells.</p><table><thead><tr><td></td>${head}</tr></thead><tbody>${matrix}</tbody></table>
<h2>What the versions share</h2>${groups}
</body></html>
`;
}

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
