import { useCallback, useEffect, useState, type RefObject } from "react";

/**
 * Tracks whether a sideways-scrolling row has more to show on either side,
 * and scrolls it by one column, so columns that don't fit are discoverable
 * without a horizontal wheel.
 */
export function useRowScroll(row: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ canScrollBack: false, canScrollForward: false });

  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const update = () => {
      const max = element.scrollWidth - element.clientWidth;
      setEdges({
        canScrollBack: element.scrollLeft > 1,
        canScrollForward: element.scrollLeft < max - 1,
      });
    };
    update();
    element.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => {
      element.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [row]);

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
