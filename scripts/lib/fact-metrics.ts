/**
 * Precision and recall of fact-discrepancy detection on edited copies: each
 * case (an original and its copy with known edits) is compared by the engine
 * and its discrepancies are matched to the edits.
 */
import { compareVersions } from "../../src/core/align/compare-versions.ts";
import { findDiscrepancies } from "../../src/core/facts/find-discrepancies.ts";
import type { Discrepancy, DiscrepancyKind } from "../../src/core/facts/types.ts";
import type { VersionInput } from "../../src/core/align/types.ts";
import type { WordVectors } from "../../src/core/vectors/word-vectors.ts";
import type { EditedCase, FactEdit } from "./fact-edits.ts";

/** Per kind: edits made and edits found; overall: flags raised and flags that point at an edit. */
export type EditedSetScore = {
  cases: number;
  byKind: Record<DiscrepancyKind, { edits: number; found: number }>;
  flags: number;
  correctFlags: number;
  /** Edits not found, and flags that point at no edit, for reading. */
  missed: { case: string; edit: FactEdit; grouped: boolean }[];
  wrong: { case: string; flag: Discrepancy }[];
};

// Overlap, counting a touch as overlap so that an empty span (a word added or removed) can match.
const touches = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start <= b.end && b.start <= a.end;

// A flag points at an edit when one of its values lies on the edit's span in either text.
function pointsAt(flag: Discrepancy, edit: FactEdit): boolean {
  return flag.values.some((v) => touches(v, v.version === "edited" ? edit.edited : edit.original));
}

/**
 * Scores detection on the cases: an edit is found when a flag of its kind
 * points at it; a flag is correct when it points at any edit (a real
 * difference between the texts, whatever kind it was planted as). With
 * `others`, the pair is compared among those versions too (the story's other
 * tellings, in other words), and only flags that involve the edited copy count.
 */
export function scoreEditedSet(
  cases: readonly EditedCase[],
  vectors: WordVectors,
  others: (c: EditedCase) => VersionInput[] = () => [],
): EditedSetScore {
  const score: EditedSetScore = {
    cases: cases.length,
    byKind: {
      number: { edits: 0, found: 0 },
      date: { edits: 0, found: 0 },
      name: { edits: 0, found: 0 },
      quote: { edits: 0, found: 0 },
      negation: { edits: 0, found: 0 },
    },
    flags: 0,
    correctFlags: 0,
    missed: [],
    wrong: [],
  };
  for (const c of cases) {
    const comparison = compareVersions([...others(c), c.original, c.edited], { vectors });
    const flags = findDiscrepancies(comparison).filter((flag) =>
      flag.values.some((v) => v.version === "edited"),
    );
    score.flags += flags.length;
    for (const flag of flags) {
      if (c.edits.some((edit) => pointsAt(flag, edit))) score.correctFlags += 1;
      else score.wrong.push({ case: c.id, flag });
    }
    for (const edit of c.edits) {
      score.byKind[edit.kind].edits += 1;
      if (flags.some((flag) => flag.kind === edit.kind && pointsAt(flag, edit)))
        score.byKind[edit.kind].found += 1;
      else {
        // Whether the engine put the edited stretch in a group at all (detection needs one).
        const grouped = comparison.passages.some(
          (p) => p.version === "edited" && p.group !== null && touches(p, edit.edited),
        );
        score.missed.push({ case: c.id, edit, grouped });
      }
    }
  }
  return score;
}
