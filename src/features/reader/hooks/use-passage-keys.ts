import { useEffect } from "react";

/**
 * Reading by keyboard: j and k move to the next and previous passage in the
 * current column, Escape closes the details. (Enter on a passage selects it.)
 */
export function usePassageKeys(
  container: React.RefObject<HTMLElement | null>,
  onEscape: () => void,
) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      if (event.key === "Escape") {
        onEscape();
        return;
      }
      if (event.key !== "j" && event.key !== "k") return;
      const root = container.current;
      if (!root) return;
      const column =
        target?.closest("article") ??
        [...root.querySelectorAll<HTMLElement>("article")].find(
          (article) => article.offsetParent !== null,
        );
      if (!column || !root.contains(column)) return;
      const passages = [...column.querySelectorAll<HTMLElement>("[data-passage-start]")];
      if (passages.length === 0) return;
      const current = target?.closest<HTMLElement>("[data-passage]");
      const at = current
        ? passages.findIndex((p) => p.dataset.passage === current.dataset.passage)
        : -1;
      const next = event.key === "j" ? Math.min(at + 1, passages.length - 1) : Math.max(at - 1, 0);
      event.preventDefault();
      passages[next]!.focus();
      passages[next]!.scrollIntoView({ block: "nearest" });
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [container, onEscape]);
}
