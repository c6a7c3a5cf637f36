import { useId, useRef, type ReactNode } from "react";
import { useScrollEdges } from "@/lib/use-scroll-edges.ts";

type WideTableProps = {
  /** What the table shows and how to use it; also the table's accessible name. */
  description: ReactNode;
  /** The table, given the id of its name (set it as `aria-labelledby`). */
  children: (labelledBy: string) => ReactNode;
};

/**
 * A table that may be wider than the screen: its description wraps to the
 * width available, the table scrolls sideways on its own, and while part of
 * it is out of sight a cue says so (not colour alone: words and an arrow).
 */
export function WideTable({ description, children }: WideTableProps) {
  const id = useId();
  const area = useRef<HTMLDivElement>(null);
  const { canScrollForward: more } = useScrollEdges(area);
  return (
    <div className="min-w-0">
      <p id={id} className="mb-2 text-sm text-stone-600 dark:text-stone-400">
        {description}
      </p>
      {/* Above the table, where it is seen before the table runs off the screen. */}
      {more && (
        <p className="mb-1 text-end text-xs text-stone-600 dark:text-stone-400">
          More to the right: scroll sideways <span aria-hidden="true">→</span>
        </p>
      )}
      <div ref={area} className="overflow-x-auto">
        {children(id)}
      </div>
    </div>
  );
}
