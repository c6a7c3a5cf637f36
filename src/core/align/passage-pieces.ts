/**
 * Pieces: the stretches of one version's text that become passages, and the
 * steps that shape them. Units give the first pieces; verbatim runs are laid
 * over them; leftovers without words are absorbed; neighbours of the same
 * standing merge; the result is stretched to cover the text exactly.
 */
import type { PassageKind } from "./types.ts";

/** A stretch of one version's text on its way to becoming a passage. */
export type Piece = {
  start: number;
  end: number;
  kind: PassageKind;
  /** Key of the group before numbering: `p<n>` paraphrase, `v<n>` verbatim. */
  groupKey: string | null;
  sharedWith: number[];
  score: number;
  sentence: number;
};

/**
 * Lays a version's verbatim runs (in text order, not overlapping) over its
 * pieces, cutting the pieces around them: one pass over both lists. A run
 * takes the sentence of the first piece it lies in.
 */
export function overlay(pieces: readonly Piece[], runs: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  let r = 0;
  let placed = -1;
  const place = (sentence: number) => {
    if (placed < r) out.push({ ...runs[r]!, sentence });
    placed = r;
  };
  for (const piece of pieces) {
    // Runs ending before this piece (outside every piece, or carried over) are done.
    for (; r < runs.length && runs[r]!.end <= piece.start; r += 1) place(runs[r]!.sentence);
    let cursor = piece.start;
    while (r < runs.length && runs[r]!.start < piece.end) {
      const run = runs[r]!;
      if (run.start > cursor) out.push({ ...piece, start: cursor, end: run.start });
      place(piece.sentence);
      cursor = Math.max(cursor, run.end);
      if (run.end > piece.end) break; // It goes on over the next piece.
      r += 1;
    }
    if (cursor < piece.end) out.push({ ...piece, start: cursor });
  }
  for (; r < runs.length; r += 1) place(runs[r]!.sentence);
  return out;
}

/**
 * A piece with no word in it (a comma or quotation mark left over beside a
 * verbatim run) joins the piece before it, or the one after when it comes first.
 */
export function absorbWordless(pieces: readonly Piece[], text: string): Piece[] {
  const kept: Piece[] = [];
  let carriedStart: number | null = null;
  for (const piece of pieces) {
    const wordless = !/[\p{L}\p{N}]/u.test(text.slice(piece.start, piece.end));
    const last = kept[kept.length - 1];
    if (wordless && last) {
      last.end = piece.end;
    } else if (wordless) {
      carriedStart ??= piece.start;
    } else {
      kept.push({ ...piece, start: carriedStart ?? piece.start });
      carriedStart = null;
    }
  }
  return kept;
}

/**
 * Adjacent pieces of one sentence with the same standing become one passage.
 */
export function mergeNeighbours(pieces: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (
      last &&
      last.sentence === piece.sentence &&
      last.kind === piece.kind &&
      last.groupKey === piece.groupKey &&
      sameMembers(last.sharedWith, piece.sharedWith)
    ) {
      last.end = piece.end;
      last.score = Math.max(last.score, piece.score);
    } else {
      merged.push({ ...piece });
    }
  }
  return merged;
}

function sameMembers(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Stretches each passage to the next one's start so the passages partition
 * the text; the first one starts at 0. Text with no passage at all (empty or
 * only whitespace) becomes one unique passage.
 */
export function cover(pieces: readonly Piece[], length: number): Piece[] {
  if (length === 0) return [];
  if (pieces.length === 0) {
    return [
      {
        start: 0,
        end: length,
        kind: "unique",
        groupKey: null,
        sharedWith: [],
        score: 0,
        sentence: -1,
      },
    ];
  }
  return pieces.map((piece, i) => ({
    ...piece,
    start: i === 0 ? 0 : piece.start,
    end: i === pieces.length - 1 ? length : pieces[i + 1]!.start,
  }));
}
