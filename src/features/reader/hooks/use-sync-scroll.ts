import { useEffect, type RefObject } from "react";

/**
 * While on, scrolling one column scrolls the others to the same share of
 * their length, so the versions move together as they are read.
 */
export function useSyncScroll(row: RefObject<HTMLElement | null>, enabled: boolean) {
  useEffect(() => {
    const root = row.current;
    if (!root || !enabled) return;
    let leader: HTMLElement | null = null;
    let release = 0;
    const onScroll = (event: Event) => {
      const source = event.target as HTMLElement;
      if (source.tagName !== "ARTICLE") return;
      // Ignore the scroll events our own adjustments cause.
      if (leader && leader !== source) return;
      leader = source;
      window.clearTimeout(release);
      release = window.setTimeout(() => (leader = null), 120);
      const range = source.scrollHeight - source.clientHeight;
      const fraction = range > 0 ? source.scrollTop / range : 0;
      for (const article of root.querySelectorAll<HTMLElement>("article")) {
        if (article === source) continue;
        article.scrollTop = fraction * (article.scrollHeight - article.clientHeight);
      }
    };
    root.addEventListener("scroll", onScroll, { capture: true, passive: true });
    return () => {
      root.removeEventListener("scroll", onScroll, { capture: true });
      window.clearTimeout(release);
    };
  }, [row, enabled]);
}
