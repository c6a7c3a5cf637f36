/**
 * What the comparison rules share: a member (one version's share of a
 * group), the shape of a finding, and "the same slot" (two spans with the
 * same words around them), which tells that two facts are about one thing.
 */
import { STOPWORDS } from "../text/stopwords.ts";
import type { Token } from "../text/tokenize.ts";
import type { DiscrepancyKind, DiscrepancyValue, Fact } from "./types.ts";

/**
 * One version's share of a group: its facts and the words of its passages;
 * `context` is every word of the version, for the neighbours of a word at a
 * passage's edge.
 */
export type Member = {
  version: string;
  text: string;
  facts: readonly Fact[];
  tokens: readonly Token[];
  context: readonly Token[];
};

/** A disagreement found between two members, before it is given its group. */
export type Found = { kind: DiscrepancyKind; values: DiscrepancyValue[] };

/** What the rules need besides the members. */
export type CompareRules = { sameReferent: (a: string, b: string) => boolean };

export const valueOf = (
  member: Member,
  span: { start: number; end: number },
): DiscrepancyValue => ({
  version: member.version,
  start: span.start,
  end: span.end,
  text: member.text.slice(span.start, span.end),
});
export const ofKind = <K extends Fact["kind"]>(member: Member, kind: K) =>
  member.facts.filter((f): f is Fact & { kind: K } => f.kind === kind);

// Index of the first token starting at or after `offset` (tokens are in text order).
export function firstAtOrAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const fold = (word: string | undefined) =>
  word === undefined ? null : word.toLowerCase().replace(/’/g, "'");

// The words either side of a span (folded), read from the text itself so that a
// name cut from a compound ("Russian" in "Russian-Ukrainian") has its own neighbours.
function neighbours(member: Member, span: { start: number; end: number }) {
  const before = fold(
    member.text
      .slice(Math.max(0, span.start - 40), span.start)
      .match(WORD)
      ?.at(-1),
  );
  const after = fold(member.text.slice(span.end, span.end + 40).match(WORD)?.[0]);
  return {
    before,
    after,
    beforeStop: before === null || STOPWORDS.has(before),
    afterStop: after === null || STOPWORDS.has(after),
  };
}

/** Two spans fill the same slot: the same words on both sides, or the same content word on one. */
export function sameSlot(
  a: Member,
  x: { start: number; end: number },
  b: Member,
  y: { start: number; end: number },
): boolean {
  const p = neighbours(a, x);
  const q = neighbours(b, y);
  const beforeSame = p.before !== null && p.before === q.before;
  const afterSame = p.after !== null && p.after === q.after;
  return (beforeSame && afterSame) || (beforeSame && !p.beforeStop) || (afterSame && !p.afterStop);
}
