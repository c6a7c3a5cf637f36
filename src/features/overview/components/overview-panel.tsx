import { ChevronDown } from "lucide-react";
import { useId, useState } from "react";
import type { QuoteEntry } from "@/core/facts/types.ts";
import { FactDifferences } from "./fact-differences.tsx";
import { OverviewSummary, type OverviewSummaryProps } from "./overview-summary.tsx";
import { OverviewTabs } from "./overview-tabs.tsx";
import { QuoteList } from "./quote-list.tsx";

type OverviewPanelProps = Omit<OverviewSummaryProps, "idPrefix"> & {
  /** The story's quotations; null until the fact check has come in (it follows the comparison). */
  quotes: readonly QuoteEntry[] | null;
};

const NOT_READY = (
  <p className="text-sm text-stone-600 dark:text-stone-400">
    Available once the comparison is ready.
  </p>
);

/**
 * A disclosure above the columns, in tabs: the summary (which versions show,
 * how alike they are, theme coverage, what each leaves out, the report), the
 * differences in facts, and the quotes. Choosing something to read in it (a
 * pair, a theme in a version, a claim, a quotation) closes it, so the
 * columns show the choice at once.
 */
export function OverviewPanel(props: OverviewPanelProps) {
  const { versions, view, visible, quotes } = props;
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState("summary");
  const close =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      setOpen(false);
      action(...args);
    };
  const panelId = useId();
  const onSelect = close(props.onSelect);
  const tabs = [
    {
      id: "summary",
      label: "Summary",
      content: () => (
        <OverviewSummary
          {...props}
          idPrefix={panelId}
          onCompare={close(props.onCompare)}
          onSelect={onSelect}
          onThemeFilter={close(props.onThemeFilter)}
        />
      ),
    },
    {
      id: "facts",
      label: "Differences in facts",
      content: () =>
        view ? (
          <FactDifferences view={view} checked={quotes !== null} onSelect={onSelect} />
        ) : (
          NOT_READY
        ),
    },
    {
      id: "quotes",
      label: "Quotes",
      content: () =>
        view ? <QuoteList view={view} quotes={quotes} onSelect={onSelect} /> : NOT_READY,
    },
  ];
  // Open, it gives way to the columns: it shrinks and scrolls rather than squeeze them.
  return (
    <div className="flex min-h-10 shrink flex-col px-4 pb-3 max-sm:shrink-0 print:hidden">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
        className="flex shrink-0 items-center gap-1 self-start rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        Overview
        <span className="font-normal text-stone-600 dark:text-stone-400">
          · {visible.length} of {versions.length} versions shown
        </span>
        <ChevronDown
          aria-hidden="true"
          className={`size-4 transition-transform ${open ? "rotate-180" : ""}`}
        />
      </button>
      {/* Rendered only while open: with many versions the tables are large. */}
      {open && (
        <div id={panelId} className="flex min-h-0 flex-col">
          <OverviewTabs idPrefix={panelId} tabs={tabs} active={tab} onActive={setTab} />
        </div>
      )}
    </div>
  );
}
