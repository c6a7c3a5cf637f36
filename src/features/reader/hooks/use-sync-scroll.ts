import { useEffect, type RefObject } from "react";

/**
 * While on, scrolling one column scrolls the others so that they show the
 * same claim level with it: for each other column, the first passage in
 * view in the column being read that this column also tells, and its
 * counterpart there. A column that tells none of what is in view moves to
 * the same share of its length instead.
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
      const inView = sharedInView(source);
      // At either end the others go to their ends too: the start and the end of a story line up.
      const atEnd = fraction <= 0 || fraction >= 1 || range <= 0;
      for (const article of root.querySelectorAll<HTMLElement>("article")) {
        if (article === source) continue;
        const pair = atEnd ? null : firstCounterpart(inView, article);
        if (pair)
          article.scrollTop += offsetIn(pair.counterpart, article) - offsetIn(pair.anchor, source);
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

// The column's shared passages whose text is in view below its sticky header, in order.
function sharedInView(column: HTMLElement): HTMLElement[] {
  const header = column.querySelector("header")?.getBoundingClientRect().bottom;
  const top = header ?? column.getBoundingClientRect().top;
  const bottom = column.getBoundingClientRect().bottom;
  const found: HTMLElement[] = [];
  for (const passage of column.querySelectorAll<HTMLElement>("[data-group]")) {
    const box = passage.getBoundingClientRect();
    if (box.top >= bottom) break;
    if (box.bottom > top) found.push(passage);
  }
  return found;
}

// The first of `anchors` that `column` also tells, with its passage there.
function firstCounterpart(anchors: readonly HTMLElement[], column: HTMLElement) {
  for (const anchor of anchors) {
    const group = CSS.escape(anchor.dataset.group ?? "");
    const counterpart = column.querySelector<HTMLElement>(`[data-group="${group}"]`);
    if (counterpart) return { anchor, counterpart };
  }
  return null;
}
