import { ChevronLeft, ChevronRight } from "lucide-react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Version } from "@/core/story-format.ts";
import { useScrollEdges } from "@/lib/use-scroll-edges.ts";
import { columnId } from "./version-column.tsx";

type VersionSwitcherProps = {
  versions: readonly Version[];
  activeId: string;
  onSelect: (id: string) => void;
};

/**
 * On a phone, where one column shows at a time: tabs to pick the version,
 * with arrow keys, Home and End as in any tab list. When they do not all
 * fit, arrows at the edges say there are more and scroll to them.
 */
export function VersionSwitcher({ versions, activeId, onSelect }: VersionSwitcherProps) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLDivElement>(null);
  const { canScrollBack, canScrollForward } = useScrollEdges(list);
  const scrollTabs = (direction: 1 | -1) =>
    list.current?.scrollBy({ left: direction * list.current.clientWidth * 0.7 });
  const activeIndex = versions.findIndex((version) => version.id === activeId);

  // Keep the chosen tab on screen when the list of tabs is wider than a phone.
  useEffect(() => {
    tabs.current[activeIndex]?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [activeIndex]);

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = versions.length - 1;
    const target =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    const version = target === null ? undefined : versions[target];
    if (target === null || !version) return;
    event.preventDefault();
    onSelect(version.id);
    tabs.current[target]?.focus();
  }

  const edge =
    "shrink-0 rounded-full border border-stone-300 p-1.5 text-stone-700 dark:border-stone-700 dark:text-stone-200";
  return (
    <div className="flex shrink-0 items-center gap-1 px-3 pb-2 sm:hidden print:hidden">
      {canScrollBack && (
        <button
          type="button"
          aria-label="Earlier versions"
          onClick={() => scrollTabs(-1)}
          className={edge}
        >
          <ChevronLeft aria-hidden="true" className="size-4" />
        </button>
      )}
      <div
        ref={list}
        role="tablist"
        aria-label="Versions"
        className="flex min-w-0 flex-1 gap-1 overflow-x-auto"
      >
        {versions.map((version, index) => {
          const selected = version.id === activeId;
          return (
            <button
              key={version.id}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={columnId(version)}
              tabIndex={selected ? 0 : -1}
              onClick={() => onSelect(version.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`shrink-0 rounded-full border px-3 py-1.5 text-sm font-medium whitespace-nowrap ${
                selected
                  ? "border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900"
                  : "border-stone-300 text-stone-700 dark:border-stone-700 dark:text-stone-200"
              }`}
            >
              {version.label}
            </button>
          );
        })}
      </div>
      {canScrollForward && (
        <button
          type="button"
          aria-label="More versions"
          onClick={() => scrollTabs(1)}
          className={edge}
        >
          <ChevronRight aria-hidden="true" className="size-4" />
        </button>
      )}
    </div>
  );
}
