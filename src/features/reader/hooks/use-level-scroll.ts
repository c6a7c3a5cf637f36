import { useEffect } from "react";

/**
 * When a passage is selected, scrolls every other column so that its
 * counterpart sits level with the selection (or leaves it when it has none).
 */
export function useLevelScroll(
  container: React.RefObject<HTMLElement | null>,
  selectedKey: string | null,
  counterpartKeys: readonly string[],
) {
  useEffect(() => {
    const root = container.current;
    if (!root || !selectedKey) return;
    const selected = root.querySelector<HTMLElement>(`[data-passage="${CSS.escape(selectedKey)}"]`);
    const ownColumn = selected?.closest("article");
    if (!selected || !ownColumn) return;
    selected.scrollIntoView({ block: "nearest" });
    const level = selected.getBoundingClientRect().top - ownColumn.getBoundingClientRect().top;
    const levelled = new Set<Element>([ownColumn]);
    for (const key of counterpartKeys) {
      const counterpart = root.querySelector<HTMLElement>(`[data-passage="${CSS.escape(key)}"]`);
      const column = counterpart?.closest("article");
      // The first counterpart in each column sets its level.
      if (!counterpart || !column || levelled.has(column)) continue;
      levelled.add(column);
      const offset = counterpart.getBoundingClientRect().top - column.getBoundingClientRect().top;
      column.scrollBy({ top: offset - level, behavior: "auto" });
    }
  }, [container, selectedKey, counterpartKeys]);
}
