/**
 * Word-level differences between two passages of one group, on demand
 * (the details panel asks for them when a reader selects a passage).
 * jsdiff does the work; a timeout keeps a pathological pair from stalling.
 */
import { diffWords } from "diff";

/** One stretch of a word diff: kept in both, only in the other passage, or only in this one. */
export type WordChange =
  | { kind: "same"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string };

export type WordDiffOptions = {
  /** Give up after this many milliseconds (the result is then null). */
  timeoutMs?: number;
};

/**
 * How `to` differs from `from`, word by word: "removed" words are in `from`
 * only, "added" words in `to` only. Null when the diff took too long.
 */
export function diffPassageWords(
  from: string,
  to: string,
  { timeoutMs = 200 }: WordDiffOptions = {},
): WordChange[] | null {
  const changes = diffWords(from, to, { timeout: timeoutMs });
  if (!changes) return null;
  return changes.map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
