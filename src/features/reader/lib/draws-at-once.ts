import type { Comparison } from "@/core/align/types.ts";

/** Most passages a comparison drawn at once may have… */
export const DRAW_AT_ONCE_PASSAGES = 200;
/** …and most characters over all its versions. */
export const DRAW_AT_ONCE_CHARACTERS = 20_000;

/**
 * Whether a comparison is small enough to draw its highlights in the render
 * that receives them, rather than in a deferred, interruptible one. The
 * bundled story (152 passages, 16,000 characters) takes 30–40 ms there
 * (Chromium trace, this 2-core machine): drawing grows with the text, so
 * 20,000 characters stay under a 50 ms task. A long text is drawn in
 * thousands of pieces however few its passages (text-chunks.ts).
 */
export function drawsAtOnce(comparison: Comparison): boolean {
  if (comparison.passages.length > DRAW_AT_ONCE_PASSAGES) return false;
  let characters = 0;
  for (const version of comparison.versions) characters += version.text.length;
  return characters <= DRAW_AT_ONCE_CHARACTERS;
}
