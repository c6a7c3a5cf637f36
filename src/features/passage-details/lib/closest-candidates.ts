/**
 * What the details panel offers as "closest in other versions": the
 * engine's suggestions for the units under the selected text, gathered per
 * other version, best first, with the passage each candidate falls in and
 * whether the reader has already judged it.
 */
import { unpackSuggestions } from "@/core/align/pack-suggestions.ts";
import type { Correction, StrengthBand, TextSpan } from "@/core/align/types.ts";
import {
  passageAt,
  type ComparisonView,
  type ViewPassage,
} from "@/features/comparison/lib/comparison-view.ts";

export type ClosestCandidate = {
  span: TextSpan;
  text: string;
  score: number;
  band: StrengthBand;
  /** The passage the candidate begins in ("Show in …" selects it). */
  passage: ViewPassage | null;
  /** The unit of the selected text that the candidate was suggested for. */
  from: TextSpan;
  /** The reader said this is not the same claim (an unlink of theirs covers both). */
  rejectedBy: Correction | null;
};

export type ClosestInVersion = { version: string; candidates: ClosestCandidate[] };

/**
 * For each version other than `span`'s, except those in `skip`, the
 * candidates suggested for the units overlapping `span`, each counted once
 * (at its best score), best first; candidates the reader rejected go last.
 * Versions come in the view's order; versions with no candidate are left out.
 */
export function closestCandidates(
  view: ComparisonView,
  span: TextSpan,
  skip: ReadonlySet<string>,
  unlinks: readonly Correction[],
): ClosestInVersion[] {
  const units = view.suggestions
    ? unpackSuggestions(view.suggestions, span.version, span.start, span.end)
    : [];
  const byVersion = new Map<string, Map<string, ClosestCandidate>>();
  for (const unit of units) {
    const from = { version: unit.version, start: unit.start, end: unit.end };
    for (const candidate of unit.candidates) {
      if (candidate.version === span.version || skip.has(candidate.version)) continue;
      const found = byVersion.get(candidate.version) ?? new Map<string, ClosestCandidate>();
      byVersion.set(candidate.version, found);
      const key = `${candidate.start}:${candidate.end}`;
      const known = found.get(key);
      if (known && known.score >= candidate.score) continue;
      const target = { version: candidate.version, start: candidate.start, end: candidate.end };
      found.set(key, {
        span: target,
        text: (view.texts.get(candidate.version) ?? "").slice(candidate.start, candidate.end),
        score: candidate.score,
        band: candidate.band,
        passage: passageAt(view, candidate.version, candidate.start),
        from,
        rejectedBy: unlinks.find((c) => covers(c, span, target)) ?? null,
      });
    }
  }
  return view.versions
    .filter((version) => byVersion.has(version.id))
    .map((version) => ({
      version: version.id,
      candidates: [...byVersion.get(version.id)!.values()].sort(
        (p, q) =>
          Number(p.rejectedBy !== null) - Number(q.rejectedBy !== null) ||
          q.score - p.score ||
          p.span.start - q.span.start,
      ),
    }));
}

/** The reader's correction that ties `x` and `y` (in either order), by overlap. */
export function covers(correction: Correction, x: TextSpan, y: TextSpan): boolean {
  const { a, b } = correction;
  return (overlaps(a, x) && overlaps(b, y)) || (overlaps(a, y) && overlaps(b, x));
}

function overlaps(p: TextSpan, q: TextSpan): boolean {
  return p.version === q.version && p.start < q.end && q.start < p.end;
}
