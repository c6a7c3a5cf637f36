import { useEffect, useState, type RefObject } from "react";

/**
 * Whether a sideways-scrolling element has more to show on either side,
 * kept up to date as it scrolls or resizes: for cues and buttons that make
 * what is out of sight discoverable without a horizontal wheel.
 */
export function useScrollEdges(element: RefObject<HTMLElement | null>) {
  const [edges, setEdges] = useState({ canScrollBack: false, canScrollForward: false });
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const update = () => {
      const max = target.scrollWidth - target.clientWidth;
      setEdges({
        canScrollBack: target.scrollLeft > 1,
        canScrollForward: target.scrollLeft < max - 1,
      });
    };
    update();
    target.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(target);
    return () => {
      target.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [element]);
  return edges;
}
