import { useCallback, useEffect, useRef } from "react";

/**
 * Moves focus, once a later render has drawn it, to an element by id or to a
 * passage by key: a choice made in the overview lands the reader on it.
 */
export function useFocusAfterRender(): (target: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const element =
      document.getElementById(target) ??
      document.querySelector(`[data-passage="${CSS.escape(target)}"]`);
    if (!(element instanceof HTMLElement)) return;
    pending.current = null;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: "nearest", inline: "nearest" });
  });
  return useCallback((target: string) => {
    pending.current = target;
  }, []);
}
