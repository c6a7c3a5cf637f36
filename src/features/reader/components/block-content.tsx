import { useMemo } from "react";
import type { VersionView, ViewSegment } from "@/features/comparison/index.ts";
import { chunkEnds, chunkPieces, estimatedHeight, type ChunkPiece } from "../lib/text-chunks.ts";
import { PassageSpan } from "./passage-span.tsx";

type BlockContentProps = {
  text: string;
  /** This block's segments, when the comparison is ready. */
  segments: ViewSegment[] | undefined;
  version: VersionView | undefined;
  /**
   * A very long version: draw the text in chunks the browser lays out only
   * near the viewport, so millions of characters never make one layout.
   */
  lazy?: boolean;
};

/** A block's text: plain until the comparison arrives, then cut into passages. */
export function BlockContent({ text, segments, version, lazy = false }: BlockContentProps) {
  const ends = useMemo(() => (lazy ? chunkEnds(text) : [text.length]), [lazy, text]);
  const pieces = useMemo(
    () => (segments && version ? chunkPieces(segments, ends) : null),
    [segments, version, ends],
  );
  const draw = (chunk: number, from: number, to: number) =>
    pieces && version ? piecesOf(text, pieces[chunk]!, version) : text.slice(from, to);
  if (!lazy) return draw(0, 0, text.length);
  // Chunks keep their keys (their start) from plain text to highlights, so
  // React fills them in place rather than inserting thousands of siblings.
  return ends.map((end, i) => {
    const start = i === 0 ? 0 : ends[i - 1]!;
    return (
      <span
        key={start}
        className="block [content-visibility:auto]"
        style={{ containIntrinsicBlockSize: `auto ${estimatedHeight(end - start)}px` }}
      >
        {draw(i, start, end)}
      </span>
    );
  });
}

function piecesOf(text: string, pieces: readonly ChunkPiece[], version: VersionView) {
  return pieces.map((piece) => {
    const slice = text.slice(piece.start, piece.end);
    const passage = version.passages[piece.passage];
    if (!passage) return slice;
    return (
      <PassageSpan
        key={piece.start}
        passage={passage}
        text={slice}
        first={piece.first}
        last={piece.last === true}
      />
    );
  });
}
