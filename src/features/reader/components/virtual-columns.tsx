import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, type RefObject } from "react";

/** The columns to draw: the track's whole width, and each drawn column's index and offset. */
export type ColumnLayout = { width: number; items: { index: number; start: number }[] };

type VirtualColumnsProps = {
  row: RefObject<HTMLDivElement | null>;
  count: number;
  /** A column's width and the gap after it, in CSS pixels. */
  stride: number;
  /** Told which columns are in view (and one each side), whenever that changes. */
  onLayout: (layout: ColumnLayout) => void;
};

const layoutOf = (virtualizer: Virtualizer<HTMLDivElement, Element>): ColumnLayout => ({
  width: virtualizer.getTotalSize(),
  items: virtualizer.getVirtualItems().map(({ index, start }) => ({ index, start })),
});

/**
 * Works out which columns of a long row are in view; draws nothing itself.
 * The row draws the columns it is told of, so the columns on screen stay
 * the same elements when this file arrives (it loads after the page, only
 * for stories that need it): nothing is redrawn, no scroll or focus lost.
 */
export function VirtualColumns({ row, count, stride, onLayout }: VirtualColumnsProps) {
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count,
    getScrollElement: () => row.current,
    estimateSize: () => stride,
    overscan: 1,
    onChange: (instance) => onLayout(layoutOf(instance)),
  });
  useEffect(() => onLayout(layoutOf(virtualizer)), [virtualizer, onLayout, count]);
  return null;
}
