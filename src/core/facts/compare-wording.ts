/**
 * The rules for disagreements of wording: a quotation with different words
 * inside the marks, and a negation one member has and the other lacks.
 */
import type { Token } from "../text/tokenize.ts";
import {
  firstAtOrAfter,
  ofKind,
  sameSlot,
  valueOf,
  type Found,
  type Member,
} from "./member-slots.ts";
import type { CueFact, QuoteFact } from "./types.ts";

// One word list appears whole, in order, inside the other: a shorter extract of the same quotation.
function isExtract(long: readonly string[], short: readonly string[]): boolean {
  return ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}

function dice(x: readonly string[], y: readonly string[]): number {
  const a = new Set(x);
  const b = new Set(y);
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** The same quotation (most words shared, or the same slot) with different words inside the marks. */
export function compareQuotes(a: Member, b: Member): Found[] {
  const left = ofKind(a, "quote");
  const right = ofKind(b, "quote");
  const agrees = (x: QuoteFact, y: QuoteFact) =>
    isExtract(x.words, y.words) || isExtract(y.words, x.words);
  const found: Found[] = [];
  for (const x of left.filter((q) => !right.some((o) => agrees(q, o))))
    for (const y of right.filter((q) => !left.some((o) => agrees(q, o))))
      if (dice(x.words, y.words) >= 0.5 || sameSlot(a, x, b, y))
        found.push({ kind: "quote", values: [valueOf(a, x), valueOf(b, y)] });
  return found;
}

/**
 * A negated word in one member that the other states without negation, in
 * the same slot (a neighbouring word in common): "is not ending" / "is ending".
 */
export function compareNegations(a: Member, b: Member): Found[] {
  const found: Found[] = [];
  const negated = (m: Member, token: Token) =>
    ofKind(m, "negation").some(
      (c: CueFact) =>
        c.scopeStart === token.start || (c.end <= token.start && token.start - c.end < 12),
    );
  for (const cue of ofKind(a, "negation")) {
    if (cue.scope === null || cue.scopeStart === null) continue;
    const scope = a.context[firstAtOrAfter(a.context, cue.scopeStart)]!;
    const before = a.context[firstAtOrAfter(a.context, cue.start) - 1]?.norm;
    const after = a.context[firstAtOrAfter(a.context, scope.end)]?.norm;
    const counterparts = b.tokens.filter((t) => t.stem === cue.scope);
    // The other member negates the word somewhere too: no disagreement to show.
    if (counterparts.length === 0 || counterparts.some((t) => negated(b, t))) continue;
    const counterpart = counterparts.find((t) => {
      const i = firstAtOrAfter(b.context, t.start);
      return (
        (before !== undefined && b.context[i - 1]?.norm === before) ||
        (after !== undefined && b.context[i + 1]?.norm === after)
      );
    });
    if (!counterpart) continue;
    const from = b.context[firstAtOrAfter(b.context, counterpart.start) - 1] ?? counterpart;
    found.push({
      kind: "negation",
      values: [
        valueOf(a, { start: cue.start, end: scope.end }),
        valueOf(b, { start: from.start, end: counterpart.end }),
      ],
    });
  }
  return found;
}
