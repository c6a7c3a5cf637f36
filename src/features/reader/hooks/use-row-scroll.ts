import { useCallback, type RefObject } from "react";
import { useScrollEdges } from "@/lib/use-scroll-edges.ts";

/**
 * Tracks whether a sideways-scrolling row has more to show on either side,
 * and scrolls it by one column, so columns that don't fit are discoverable
 * without a horizontal wheel.
 */
export function useRowScroll(row: RefObject<HTMLElement | null>) {
  const edges = useScrollEdges(row);
  const scrollByColumn = useCallback(
    (direction: 1 | -1) => {
      const element = row.current;
      const column = element?.querySelector("article");
      if (!element || !column) return;
      const step = column.getBoundingClientRect().width + 16;
      const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      element.scrollBy({ left: direction * step, behavior: smooth ? "smooth" : "auto" });
    },
    [row],
  );
  return { ...edges, scrollByColumn };
}
