import type { Comparison } from "../../src/core/align/types.ts";
import { countWords } from "../../src/core/text/count-words.ts";

/** A readable summary of a comparison: per-version figures, then each group's passages. */
export function formatSummary(comparison: Comparison): string {
  const lines: string[] = [];
  const total = comparison.versions.length;
  const label = new Map(comparison.versions.map((v) => [v.id, v.label]));
  const textOf = new Map(comparison.versions.map((v) => [v.id, v.text]));
  lines.push(`${total} versions`, "");
  for (const version of comparison.versions) {
    const passages = comparison.passages.filter((p) => p.version === version.id);
    const words = countWords(version.text);
    const unique = passages
      .filter((p) => p.kind === "unique")
      .reduce((s, p) => s + countWords(version.text.slice(p.start, p.end)), 0);
    const verbatim = passages
      .filter((p) => p.kind === "verbatim")
      .reduce((s, p) => s + countWords(version.text.slice(p.start, p.end)), 0);
    const pct = (n: number) => (words === 0 ? "0%" : `${Math.round((100 * n) / words)}%`);
    lines.push(
      `${version.label}: ${words} words, ${pct(words - unique)} shared (${pct(verbatim)} verbatim), ${pct(unique)} unique`,
    );
  }
  lines.push("");
  for (const group of [...comparison.groups].sort(
    (a, b) => b.versions.length - a.versions.length || a.id - b.id,
  )) {
    lines.push(
      `Group ${group.id} · ${group.kind} · told by ${group.versions.length} of ${total} · strength ${group.score}`,
    );
    for (const passage of comparison.passages.filter((p) => p.group === group.id)) {
      const text = textOf
        .get(passage.version)!
        .slice(passage.start, passage.end)
        .trim()
        .replace(/\s+/g, " ");
      lines.push(
        `  ${label.get(passage.version)}: ${text.length > 110 ? `${text.slice(0, 107)}…` : text}`,
      );
    }
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}
