import { useEffect, type RefObject } from "react";

/**
 * While on, scrolling one column scrolls the others so that they show the
 * same claim level with it: the first shared passage in view in the column
 * being read, and its counterpart in each other column. A column with no
 * counterpart in view moves to the same share of its length instead.
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
      const anchor = firstSharedInView(source);
      const level = anchor ? offsetIn(anchor, source) : 0;
      for (const article of root.querySelectorAll<HTMLElement>("article")) {
        if (article === source) continue;
        const counterpart =
          anchor &&
          article.querySelector<HTMLElement>(`[data-group="${anchor.dataset.group ?? ""}"]`);
        if (counterpart) article.scrollTop += offsetIn(counterpart, article) - level;
        else article.scrollTop = fraction * (article.scrollHeight - article.clientHeight);
      }
    };
    root.addEventListener("scroll", onScroll, { capture: true, passive: true });
    // Level from the start, not only after the first scroll.
    const first = root.querySelector("article");
    if (first) onScroll({ target: first } as unknown as Event);
    return () => {
      root.removeEventListener("scroll", onScroll, { capture: true });
      window.clearTimeout(release);
    };
  }, [row, enabled]);
}

// How far below the top of its column an element sits, in pixels.
function offsetIn(element: HTMLElement, column: HTMLElement): number {
  return element.getBoundingClientRect().top - column.getBoundingClientRect().top;
}

// The first passage of the column that is shared with another version and
// whose text is in view below the column's sticky header.
function firstSharedInView(column: HTMLElement): HTMLElement | null {
  const header = column.querySelector("header")?.getBoundingClientRect().bottom;
  const top = header ?? column.getBoundingClientRect().top;
  const bottom = column.getBoundingClientRect().bottom;
  for (const passage of column.querySelectorAll<HTMLElement>("[data-group]")) {
    const box = passage.getBoundingClientRect();
    if (box.bottom > top && box.top < bottom) return passage;
    if (box.top >= bottom) break;
  }
  return null;
}
