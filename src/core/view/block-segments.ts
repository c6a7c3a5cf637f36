/**
 * Passages are offsets into a version's whole text (blocks joined by blank
 * lines); the reader draws blocks (paragraphs, headings, list items). This
 * cuts each block into the stretches of text that belong to one passage.
 */
import { BLOCK_SEPARATOR } from "../align/story-text.ts";
import type { Passage } from "../align/types.ts";

/** A stretch of one block that belongs to one passage; offsets are within the block's text. */
export type BlockSegment = { start: number; end: number; passage: number };

/**
 * For each block, its segments in order, covering the block's text exactly.
 * `passages` are the version's passages in text order (indexes refer to this
 * array); text outside every passage (none, for engine output) gets -1.
 */
export function segmentBlocks(
  blocks: readonly { text: string }[],
  passages: readonly Passage[],
): BlockSegment[][] {
  let blockStart = 0;
  let p = 0;
  return blocks.map((block) => {
    const blockEnd = blockStart + block.text.length;
    const segments: BlockSegment[] = [];
    let at = blockStart;
    while (p < passages.length && passages[p]!.end <= blockStart) p += 1;
    let q = p;
    while (at < blockEnd) {
      const passage = passages[q];
      if (!passage || passage.start >= blockEnd) {
        segments.push({ start: at - blockStart, end: blockEnd - blockStart, passage: -1 });
        break;
      }
      if (passage.start > at) {
        segments.push({ start: at - blockStart, end: passage.start - blockStart, passage: -1 });
        at = passage.start;
      }
      const end = Math.min(passage.end, blockEnd);
      if (end > at) segments.push({ start: at - blockStart, end: end - blockStart, passage: q });
      at = end;
      if (passage.end <= blockEnd) q += 1;
    }
    p = q;
    blockStart = blockEnd + BLOCK_SEPARATOR.length;
    return segments;
  });
}
