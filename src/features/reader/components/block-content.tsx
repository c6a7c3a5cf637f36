import type { VersionView, ViewSegment } from "@/features/comparison/index.ts";
import { PassageSpan } from "./passage-span.tsx";

type BlockContentProps = {
  text: string;
  /** This block's segments, when the comparison is ready. */
  segments: ViewSegment[] | undefined;
  version: VersionView | undefined;
};

/** A block's text: plain until the comparison arrives, then cut into passages. */
export function BlockContent({ text, segments, version }: BlockContentProps) {
  if (!segments || !version) return text;
  return segments.map((segment) => {
    const piece = text.slice(segment.start, segment.end);
    const passage = version.passages[segment.passage];
    if (!passage) return piece;
    return <PassageSpan key={segment.start} passage={passage} text={piece} first={segment.first} />;
  });
}
