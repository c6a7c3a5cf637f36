/**
 * Where the versions of a story disagree on a fact: within each group of
 * passages (one claim, told by several versions), two members that state a
 * fact of the same kind about the same thing with different values. The
 * result is independent of the order of the versions: members are compared
 * in version-id order and every list is sorted.
 */
import type { Comparison, Passage } from "../align/types.ts";
import { tokenize, type Token } from "../text/tokenize.ts";
import { compareDates, compareNames, compareNumbers } from "./compare-members.ts";
import { compareNegations, compareQuotes } from "./compare-wording.ts";
import type { CompareRules, Found, Member } from "./member-slots.ts";
import { buildFactContext, extractFacts } from "./extract-facts.ts";
import { buildSameReferent } from "./name-aliases.ts";
import type { Discrepancy, DiscrepancyKind, DiscrepancyValue, Fact } from "./types.ts";

/** Which kinds to look for (all by default) and the alias table for names (NAME_ALIASES by default). */
export type DiscrepancyOptions = {
  kinds?: readonly DiscrepancyKind[];
  aliases?: readonly (readonly string[])[];
  /** Each version's facts, when already read (readStoryFacts); read here otherwise. */
  facts?: ReadonlyMap<string, readonly Fact[]>;
};

/** Every kind, in the order results are sorted. */
export const DISCREPANCY_KINDS: readonly DiscrepancyKind[] = [
  "number",
  "date",
  "name",
  "quote",
  "negation",
];

const RULES: Record<DiscrepancyKind, (a: Member, b: Member, rules: CompareRules) => Found[]> = {
  number: compareNumbers,
  date: compareDates,
  name: compareNames,
  quote: compareQuotes,
  negation: compareNegations,
};

type VersionFacts = { text: string; facts: readonly Fact[]; tokens: Token[] };

/**
 * Each version's facts, read in the light of the whole story (which
 * capitalised words are names): what findDiscrepancies and listQuotes both
 * start from, so checkFacts reads them once.
 */
export function readStoryFacts(comparison: Comparison): Map<string, Fact[]> {
  const context = buildFactContext(comparison.versions.map((v) => v.text));
  return new Map(comparison.versions.map((v) => [v.id, extractFacts(v.text, context)]));
}

/** Finds the disagreements between members of each group of `comparison`, sorted by group, kind and place. */
export function findDiscrepancies(
  comparison: Comparison,
  options: DiscrepancyOptions = {},
): Discrepancy[] {
  const kinds = DISCREPANCY_KINDS.filter((k) => !options.kinds || options.kinds.includes(k));
  const rules: CompareRules = { sameReferent: buildSameReferent(options.aliases) };
  const versions = [...comparison.versions].sort((x, y) =>
    x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
  const facts = options.facts ?? readStoryFacts(comparison);
  const read = new Map<string, VersionFacts>(
    versions.map((v) => [
      v.id,
      { text: v.text, facts: facts.get(v.id) ?? [], tokens: tokenize(v.text) },
    ]),
  );
  const byGroup = groupPassages(comparison.passages, (id) => read.get(id)!.text);
  const seen = new Set<string>();
  const out: Discrepancy[] = [];
  for (const group of [...byGroup.keys()].sort((x, y) => x - y)) {
    const members = versions
      .map((v) =>
        memberOf(
          v.id,
          read.get(v.id)!,
          byGroup.get(group)!.filter((p) => p.version === v.id),
        ),
      )
      .filter((m): m is Member => m !== null);
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        for (const kind of kinds) {
          const found = [
            ...RULES[kind](members[i]!, members[j]!, rules),
            ...RULES[kind](members[j]!, members[i]!, rules),
          ];
          for (const f of found) {
            const values = sortValues(f.values);
            const key = `${f.kind}|${values.map((v) => `${v.version}:${v.start}:${v.end}`).join("|")}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ group, kind: f.kind, values });
          }
        }
      }
    }
  }
  return out.sort(
    (x, y) =>
      x.group - y.group ||
      DISCREPANCY_KINDS.indexOf(x.kind) - DISCREPANCY_KINDS.indexOf(y.kind) ||
      compareValue(x.values[0]!, y.values[0]!),
  );
}

// Longest leftover read with its neighbours: a changed last word ("on Tuesday" → "on
// Thursday") is often the one piece of a sentence the engine cannot tie, and left unique.
const MAX_LEFTOVER_WORDS = 5;

/**
 * Each group's passages; a short unique passage between (or next to) grouped
 * passages of its line is lent to their groups, so its facts are compared.
 */
function groupPassages(
  passages: readonly Passage[],
  textOf: (version: string) => string,
): Map<number, Passage[]> {
  const byGroup = new Map<number, Passage[]>();
  const add = (group: number, passage: Passage) => {
    const list = byGroup.get(group) ?? [];
    if (!list.includes(passage)) list.push(passage);
    byGroup.set(group, list);
  };
  const slice = (p: Passage) => textOf(p.version).slice(p.start, p.end);
  passages.forEach((passage, i) => {
    if (passage.group !== null) return add(passage.group, passage);
    const text = slice(passage);
    if (text.trim().includes("\n") || text.split(/\s+/).filter(Boolean).length > MAX_LEFTOVER_WORDS)
      return;
    const previous = passages[i - 1];
    const next = passages[i + 1];
    // Only neighbours on the same line (a paragraph break ends the passage before it).
    if (
      previous?.version === passage.version &&
      previous.group !== null &&
      !slice(previous).endsWith("\n")
    )
      add(previous.group, passage);
    if (next?.version === passage.version && next.group !== null && !text.endsWith("\n"))
      add(next.group, passage);
  });
  return byGroup;
}

// A version's part of a group: the facts and words inside its passages.
function memberOf(version: string, read: VersionFacts, passages: Passage[]): Member | null {
  if (passages.length === 0) return null;
  const inside = (span: { start: number; end: number }) =>
    passages.some((p) => span.start < p.end && p.start < span.end);
  return {
    version,
    text: read.text,
    facts: read.facts.filter(inside),
    tokens: read.tokens.filter(inside),
    context: read.tokens,
  };
}

function compareValue(x: DiscrepancyValue, y: DiscrepancyValue): number {
  return (
    (x.version < y.version ? -1 : x.version > y.version ? 1 : 0) ||
    x.start - y.start ||
    x.end - y.end
  );
}

// Sorted by version then place, each value once.
function sortValues(values: DiscrepancyValue[]): DiscrepancyValue[] {
  const sorted = [...values].sort(compareValue);
  return sorted.filter((v, i) => i === 0 || compareValue(v, sorted[i - 1]!) !== 0);
}
