import { useVirtualizer } from "@tanstack/react-virtual";
import type { ReactNode, RefObject } from "react";

/** Columns placed along the row: each at its offset, in a track of the row's whole width. */
export type PlaceColumns = (width: number, items: { index: number; start: number }[]) => ReactNode;

type VirtualColumnsProps = {
  row: RefObject<HTMLDivElement | null>;
  count: number;
  /** A column's width and the gap after it, in CSS pixels. */
  stride: number;
  place: PlaceColumns;
};

/**
 * A long row's columns, only those in view (and one each side) drawn. In a
 * file of its own: the virtualiser loads only for stories that need it,
 * not with the page.
 */
export function VirtualColumns({ row, count, stride, place }: VirtualColumnsProps) {
  // TanStack Virtual hands back fresh measurements each render; nothing here is memoised on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    horizontal: true,
    count,
    getScrollElement: () => row.current,
    estimateSize: () => stride,
    overscan: 1,
  });
  return place(
    virtualizer.getTotalSize(),
    virtualizer.getVirtualItems().map(({ index, start }) => ({ index, start })),
  );
}
