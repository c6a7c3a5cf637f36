import { useRef, type KeyboardEvent, type ReactNode } from "react";

/** One tab of the overview: its id (for ids and state), its name, and what it shows. */
export type OverviewTab = { id: string; label: string; content: () => ReactNode };

type OverviewTabsProps = {
  /** Prefix for the tabs' and panels' element ids. */
  idPrefix: string;
  tabs: readonly OverviewTab[];
  active: string;
  onActive: (id: string) => void;
};

/**
 * The overview's tabs (summary, differences in facts, quotes): a tab list
 * with arrow keys, Home and End, as in any tab list; only the chosen tab's
 * panel is rendered (with many versions each is large).
 */
export function OverviewTabs({ idPrefix, tabs, active, onActive }: OverviewTabsProps) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const activeIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === active),
  );
  const current = tabs[activeIndex]!;
  function onKeyDown(event: KeyboardEvent) {
    const last = tabs.length - 1;
    const keys: Record<string, number> = {
      ArrowRight: activeIndex === last ? 0 : activeIndex + 1,
      ArrowLeft: activeIndex === 0 ? last : activeIndex - 1,
      Home: 0,
      End: last,
    };
    const target = keys[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onActive(tabs[target]!.id);
    buttons.current[target]?.focus();
  }
  return (
    <>
      <div
        role="tablist"
        aria-label="Overview"
        className="mt-2 flex shrink-0 flex-wrap gap-1 border-b border-stone-200 dark:border-stone-800"
      >
        {tabs.map((tab, index) => {
          const selected = index === activeIndex;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${idPrefix}-tab-${tab.id}`}
              aria-selected={selected}
              aria-controls={`${idPrefix}-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => onActive(tab.id)}
              onKeyDown={onKeyDown}
              className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${
                selected
                  ? "border-stone-900 font-semibold dark:border-stone-100"
                  : "border-transparent text-stone-700 hover:border-stone-400 dark:text-stone-300"
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel-${current.id}`}
        aria-labelledby={`${idPrefix}-tab-${current.id}`}
        tabIndex={0}
        className="flex max-h-[40dvh] min-h-0 flex-wrap gap-8 overflow-y-auto rounded-b-md border border-t-0 border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900"
      >
        {current.content()}
      </div>
    </>
  );
}
