import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { MARKS, markOnce } from "@/lib/performance-marks.ts";
import type { Story } from "@/core/story-format.ts";
import { ReaderContext, useReadingParams } from "@/features/comparison/index.ts";
import { ThemeEditor, ThemeFilterBar } from "@/features/themes/index.ts";
import { useLevelScroll } from "../hooks/use-level-scroll.ts";
import { usePassageKeys } from "../hooks/use-passage-keys.ts";
import { useReaderContextValue } from "../hooks/use-reader-context-value.ts";
import { useFocusAfterRender } from "../hooks/use-focus-after-render.ts";
import { useShownComparison } from "../hooks/use-shown-comparison.ts";
import { findSelected, visibleVersionIds } from "../lib/reading-selection.ts";
import { useSyncScroll } from "../hooks/use-sync-scroll.ts";
import { countHighlighted } from "../lib/highlight.ts";
import {
  LazyCorrectionsReview as CorrectionsReview,
  LazyOverviewPanel as OverviewPanel,
  LazyPassageDetails as PassageDetails,
  LazyReportButtons as ReportButtons,
} from "./lazy-panels.tsx";
import { PrintFilters } from "./print-filters.tsx";
import { ReaderBar } from "./reader-bar.tsx";
import { VersionRow } from "./version-row.tsx";
import { VersionSwitcher } from "./version-switcher.tsx";

/**
 * The versions of a story side by side, with what they share highlighted
 * once the engine (in a worker) has answered. Wide screens scroll the row of
 * columns sideways when they don't fit; a phone shows one at a time.
 */
export function ReaderView({ story }: { story: Story }) {
  const [params, setParams] = useReadingParams();
  // One array while ?v is unchanged, so what depends on it (select, the context) stays put.
  const requested = (params.v ?? []).join(",");
  const visibleIds = useMemo(
    () => visibleVersionIds(story, requested ? requested.split(",") : null),
    [story, requested],
  );
  const { result, partial, engine, corrections, themes, readerLinks, fullView, view } =
    useShownComparison(story, visibleIds);
  const [hoveredGroup, setHovered] = useState<number | null>(null);
  // Hovering and selecting redraw every passage on screen (each reads the reader state): in a
  // transition, which React slices, so a story of thousands of passages never holds the page
  // (up to 340 ms a click or focus on a loaded machine at 2 × 3,000,000 characters).
  const setHoveredGroup = useCallback(
    (group: number | null) => startTransition(() => setHovered(group)),
    [],
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [controlsOpen, setControlsOpen] = useState(false);
  const row = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLDivElement>(null);
  const focusNext = useFocusAfterRender();

  const selected = view && params.sel ? findSelected(view, params.sel) : null;
  const select = useCallback(
    (key: string | null) => {
      const version = key?.slice(0, key.lastIndexOf(":"));
      // Following a counterpart into a hidden version shows that version.
      const reveal =
        version && !visibleIds.includes(version) ? { v: [...visibleIds, version] } : {};
      void setParams({ sel: key, ...reveal }, { startTransition });
      if (version) setChosenId(version);
    },
    [setParams, setChosenId, visibleIds],
  );
  const counterpartKeys = useMemo(
    () =>
      selected && selected.group !== null && view
        ? (view.byGroup.get(selected.group) ?? [])
            .filter((p) => p.version !== selected.version)
            .map((p) => p.key)
        : [],
    [selected, view],
  );
  useLevelScroll(row, selected?.key ?? null, counterpartKeys);
  useSyncScroll(row, params.sync);
  useEffect(() => {
    // After the commit that first draws highlights, once the browser has painted it.
    if (view) requestAnimationFrame(() => setTimeout(() => markOnce(MARKS.highlightsShown)));
  }, [view]);
  usePassageKeys(
    main,
    useCallback(() => select(null), [select]),
  );

  const { state, descriptions } = useReaderContextValue({
    view,
    partial,
    params,
    themes: themes.themes,
    minToldBy: Math.min(Math.max(params.k, 2), visibleIds.length),
    hoveredGroup,
    setHoveredGroup,
    selectedKey: selected?.key ?? null,
    select,
    corrections,
  });
  const pendingThemes = !state || partial || themes.tagging;
  const themeList = pendingThemes ? (story.themes ?? []) : themes.themes;
  const visibleVersions = visibleIds.map((id) => story.versions.find((v) => v.id === id)!);
  const activeId = visibleIds.find((id) => id === chosenId) ?? visibleIds[0] ?? "";

  return (
    <ReaderContext.Provider value={state}>
      {/* On a phone the controls and the column scroll as one page, so opening the
          filters never squeezes the column. */}
      <div
        ref={main}
        className={`flex min-h-0 flex-1 flex-col print:block ${controlsOpen ? "max-sm:overflow-y-auto" : ""}`}
      >
        <ReaderBar
          story={story}
          shownCount={visibleIds.length}
          highlighted={state && countHighlighted(state, partial)}
          partial={partial}
          row={row}
          engine={engine}
          show={params.show}
          minToldBy={state?.minToldBy ?? 2}
          onShow={(show) => void setParams({ show })}
          onMinToldBy={(k) => void setParams({ k })}
          strictness={params.strictness}
          onStrictness={(strictness) => void setParams({ strictness })}
          readerLinks={readerLinks.length > 0}
          factsDiffer={(view?.discrepancies.length ?? 0) > 0}
          corrections={
            view && (
              <CorrectionsReview corrections={corrections} labels={view.labels} onShow={select} />
            )
          }
          syncScroll={params.sync}
          onSyncScroll={(sync) => void setParams({ sync })}
          controlsOpen={controlsOpen}
          onControlsOpen={setControlsOpen}
        />
        {/* While the comparison runs, a story's own themes show (disabled), or a row is
            kept for suggested ones, so the columns do not jump when it is in. */}
        {pendingThemes && themeList.length === 0 && (
          <div aria-hidden="true" className="h-9.5 shrink-0 max-sm:hidden" />
        )}
        {(themeList.length > 0 || !pendingThemes) && (
          <div className={`shrink-0 px-4 pb-3 print:hidden ${controlsOpen ? "" : "max-sm:hidden"}`}>
            <ThemeFilterBar
              suggested={!pendingThemes && themes.suggested}
              editor={<ThemeEditor themes={themes} pending={pendingThemes} />}
              themes={themeList}
              view={pendingThemes ? null : (state?.view ?? null)}
              selected={state?.themeFilter.ids ?? []}
              match={state?.themeFilter.match ?? params.match}
              onChange={(themes, match) =>
                void setParams({ themes: themes.length > 0 ? themes : null, match })
              }
            />
          </div>
        )}
        <div className={controlsOpen ? "contents" : "contents max-sm:hidden"}>
          <OverviewPanel
            versions={story.versions}
            view={fullView}
            visible={visibleIds}
            onSelect={(key) => {
              focusNext(key);
              select(key);
            }}
            onCompare={(a, b) => {
              focusNext(`version-${a}`);
              void setParams({ v: [a, b] });
            }}
            themes={themes.themes}
            quotes={result && !partial ? result.quotes : null}
            report={result && !partial && <ReportButtons story={story} result={result} />}
            onThemeFilter={(theme, version) => {
              focusNext(`version-${version}`);
              void setParams({ themes: [theme], v: [version], sel: null });
            }}
            onVisible={(v) =>
              void setParams({
                v:
                  v.length === story.versions.length &&
                  v.every((id, i) => id === story.versions[i]!.id)
                    ? null
                    : v,
              })
            }
          />
        </div>
        <PrintFilters totalVersions={story.versions.length} />
        <VersionSwitcher versions={visibleVersions} activeId={activeId} onSelect={setChosenId} />
        {/* The columns keep a readable height whatever opens above them. */}
        <div className="flex min-h-48 flex-1 gap-4 px-3 pb-3 max-sm:min-h-[70dvh] sm:px-4 sm:pb-4 print:block">
          <VersionRow
            row={row}
            versions={visibleVersions}
            view={view}
            activeId={activeId}
            detailsOpen={selected !== null}
          />
          <PassageDetails />
        </div>
        <div hidden>
          {[...descriptions].map(([text, id]) => (
            <span key={id} id={id}>
              {text}
            </span>
          ))}
        </div>
      </div>
    </ReaderContext.Provider>
  );
}
