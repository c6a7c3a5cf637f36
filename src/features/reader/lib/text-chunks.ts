/**
 * Long texts are drawn in chunks the browser lays out only near the viewport
 * (CSS content-visibility): a block of millions of characters laid out at
 * once froze the page for seconds (issue 16; docs/performance.md). This cuts
 * a block's text into chunks and its passage segments at the chunk edges.
 */
/** Versions longer than this (in characters) are drawn lazily, chunk by chunk. */
export const LAZY_VERSION_CHARS = 20_000;
/** About this many characters a chunk: some 35 lines of a column, under a screenful. */
export const CHUNK_CHARS = 2_000;

/**
 * Where a block's chunks end: offsets into `text`, the last being its
 * length. A chunk ends after a sentence if one ends in its last third, else
 * at a space, else (text with no space, such as a pasted hash) anywhere but
 * inside a surrogate pair.
 */
export function chunkEnds(text: string, size = CHUNK_CHARS): number[] {
  const ends: number[] = [];
  let from = 0;
  while (text.length - from > size * 1.5) {
    const window = text.slice(from + Math.floor(size * 0.67), from + size);
    const base = from + Math.floor(size * 0.67);
    const sentence = lastMatch(window, /[.!?…。！？]["”’»)]*\s+/g);
    const space = window.lastIndexOf(" ");
    let end = sentence >= 0 ? base + sentence : space >= 0 ? base + space + 1 : from + size;
    // Never between the halves of an emoji or other astral character.
    if (/[\uDC00-\uDFFF]/.test(text[end] ?? "")) end += 1;
    ends.push(end);
    from = end;
  }
  ends.push(text.length);
  return ends;
}

// Where the last match of `pattern` in `text` ends, or -1.
function lastMatch(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/**
 * A piece of a passage within one chunk; `first` where keyboard navigation
 * lands, `last` where the passage's marks (the facts badge) go.
 */
export type ChunkPiece = {
  start: number;
  end: number;
  passage: number;
  first: boolean;
  last?: boolean;
};

/**
 * The block's segments cut at the chunk ends, chunk by chunk. A segment
 * cut in two keeps `first` on its first piece only, so j and k still land
 * once per passage, and `last` on its last piece only.
 */
export function chunkPieces(
  segments: readonly ChunkPiece[],
  ends: readonly number[],
): ChunkPiece[][] {
  const chunks: ChunkPiece[][] = ends.map(() => []);
  let chunk = 0;
  for (const segment of segments) {
    let start = segment.start;
    while (start < segment.end) {
      while (ends[chunk]! <= start) chunk += 1;
      const end = Math.min(segment.end, ends[chunk]!);
      const first = segment.first && start === segment.start;
      const last = segment.last === true && end === segment.end;
      chunks[chunk]!.push({ start, end, passage: segment.passage, first, ...(last && { last }) });
      start = end;
    }
  }
  return chunks;
}

/**
 * Height to assume for a chunk not laid out yet, in CSS pixels: about 60
 * characters a line at the reading size (17 px, line height 1.65). The
 * browser keeps the real height once it has drawn the chunk.
 */
export function estimatedHeight(chars: number): number {
  return Math.ceil(chars / 60) * 28;
}
