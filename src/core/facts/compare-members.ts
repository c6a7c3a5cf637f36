/**
 * The rules that decide when two members of one group disagree on a number,
 * a date or a name. Each takes the two members' facts and returns the values
 * that disagree; a fact only one member states is never a disagreement.
 */
import { datesAgree, datesComparable } from "./extract-dates.ts";
import {
  ofKind,
  sameSlot,
  valueOf,
  type CompareRules,
  type Found,
  type Member,
} from "./member-slots.ts";
import type { DateFact, NameFact, NumberFact } from "./types.ts";

/**
 * Numbers counting the same thing (same unit) where each member has a value
 * the other lacks, counted with repeats: "40%" twice against "40%" and "45%"
 * still disagrees once.
 */
export function compareNumbers(a: Member, b: Member): Found[] {
  const found: Found[] = [];
  const units = new Set(ofKind(a, "number").map((n) => n.unit));
  for (const unit of [...units].sort()) {
    const left = ofKind(a, "number").filter((n) => n.unit === unit);
    const right = ofKind(b, "number").filter((n) => n.unit === unit);
    const onlyLeft = excess(a, left, b, right);
    const onlyRight = excess(b, right, a, left);
    if (onlyLeft.length > 0 && onlyRight.length > 0)
      found.push({
        kind: "number",
        values: [...onlyLeft.map((n) => valueOf(a, n)), ...onlyRight.map((n) => valueOf(b, n))],
      });
  }
  return found;
}

// The numbers of `mine` that `theirs` does not match one for one; where a value repeats,
// the ones whose neighbours match none of the other's are the extra ones.
function excess(a: Member, mine: NumberFact[], b: Member, theirs: NumberFact[]): NumberFact[] {
  const key = (n: NumberFact) => `${n.low}:${n.high}`;
  const out: NumberFact[] = [];
  for (const value of new Set(mine.map(key))) {
    const own = mine.filter((n) => key(n) === value);
    const other = theirs.filter((n) => key(n) === value);
    if (own.length <= other.length) continue;
    const unplaced = own.filter((n) => !other.some((o) => sameSlot(a, n, b, o)));
    for (const n of unplaced.length > 0 ? unplaced : own) out.push(n);
  }
  return out;
}

/** Dates that give the same part (weekday, day, month or year) differently, with no agreeing date. */
export function compareDates(a: Member, b: Member): Found[] {
  const left = ofKind(a, "date");
  const right = ofKind(b, "date");
  const matched = (d: DateFact, others: DateFact[]) =>
    others.some((o) => datesComparable(d, o) && datesAgree(d, o));
  const onlyLeft = left.filter((d) => !matched(d, right));
  const onlyRight = right.filter((d) => !matched(d, left));
  const clashing = (d: DateFact, others: DateFact[]) => others.some((o) => datesComparable(d, o));
  const l = onlyLeft.filter((d) => clashing(d, onlyRight));
  const r = onlyRight.filter((d) => clashing(d, onlyLeft));
  return l.length > 0
    ? [{ kind: "date", values: [...l.map((d) => valueOf(a, d)), ...r.map((d) => valueOf(b, d))] }]
    : [];
}

/** Names in the same slot that are not one referent (after the alias rule), one of them new to the other member. */
export function compareNames(a: Member, b: Member, rules: CompareRules): Found[] {
  const left = ofKind(a, "name");
  const right = ofKind(b, "name");
  const unmatched = (n: NameFact, others: NameFact[]) =>
    !others.some((o) => rules.sameReferent(n.text, o.text));
  const found: Found[] = [];
  // One of the two must be new to the other member: "Ukraine" may stay elsewhere in it.
  for (const x of left)
    for (const y of right)
      if (
        (unmatched(x, right) || unmatched(y, left)) &&
        !rules.sameReferent(x.text, y.text) &&
        sameSlot(a, x, b, y)
      )
        found.push({ kind: "name", values: [valueOf(a, x), valueOf(b, y)] });
  return found;
}
