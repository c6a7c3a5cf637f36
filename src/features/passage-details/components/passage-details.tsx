import { X } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { groupStretches, listLabels, useReaderState } from "@/features/comparison/index.ts";
import { closestCandidates } from "../lib/closest-candidates.ts";
import { ClosestList } from "./closest-list.tsx";
import { CounterpartList } from "./counterpart-list.tsx";
import { FactsList } from "./facts-list.tsx";
import { OriginLine } from "./origin-line.tsx";

/**
 * The selected passage; for each other version that tells the same claim,
 * its text and word differences ("Not the same" to unlink); and for the
 * versions where none was found, the engine's closest candidates ("Same
 * claim" to link); and the facts those versions disagree on.
 */
export function PassageDetails() {
  const state = useReaderState();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  // "Show in …" moves focus to the passage it shows, once it is drawn.
  const focusNext = useRef<string | null>(null);
  const [judged, setJudged] = useState<{ key: string; message: string } | null>(null);
  const selected = state?.selectedKey ? state.view.byKey.get(state.selectedKey) : undefined;
  const selectedKey = selected?.key ?? null;
  useEffect(() => {
    // A new passage's details start at the top, its header in view.
    panel.current?.scrollTo({ top: 0 });
    if (selectedKey && focusNext.current === selectedKey) {
      focusNext.current = null;
      document
        .querySelector<HTMLElement>(`[data-passage="${CSS.escape(selectedKey)}"]`)
        ?.focus({ preventScroll: true });
    }
  }, [selectedKey]);
  if (!state || !selected) return null;
  const { view, select, corrections } = state;
  const stretches = selected.group === null ? [] : groupStretches(view, selected.group);
  const own = stretches.find((s) => s.keys.includes(selected.key));
  const selectedText = own?.text ?? selected.text;
  const start = own?.start ?? selected.start;
  const span = { version: selected.version, start, end: start + selectedText.length };
  const others = stretches.filter((s) => s.version !== selected.version);
  const byVersion = [...new Set(others.map((s) => s.version))].map((version) => ({
    version,
    stretches: others.filter((s) => s.version === version),
  }));
  const closest = closestCandidates(
    view,
    span,
    new Set(byVersion.map((entry) => entry.version)),
    corrections.active.filter((c) => c.kind === "unlink"),
  );
  // Shared and told-by count the versions shown; say so when some are hidden.
  const total = `${view.versions.length} versions${view.versions.length < view.labels.size ? " shown" : ""}`;
  const onJudged = (message: string) => {
    setJudged({ key: selected.key, message });
    heading.current?.focus();
  };
  const showIn = (key: string) => {
    focusNext.current = key;
    select(key);
  };
  const judging = {
    view,
    select: showIn,
    corrections,
    onJudged,
    selected: { span, text: selectedText },
  };
  return (
    <aside
      ref={panel}
      aria-labelledby="passage-details-title"
      className="flex max-h-[45dvh] shrink-0 flex-col overflow-y-auto border-t border-stone-200 bg-white p-4 max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-30 max-md:rounded-t-xl max-md:shadow-2xl md:max-h-none md:w-[24rem] md:rounded-md md:border print:hidden dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2
          id="passage-details-title"
          ref={heading}
          tabIndex={-1}
          className="text-base font-semibold"
        >
          Passage details
        </h2>
        <button
          type="button"
          aria-label="Close passage details"
          title="Close (Escape)"
          onClick={() => select(null)}
          className="rounded-md p-1 text-stone-600 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {view.labels.get(selected.version)} ·{" "}
        {selected.kind === "unique"
          ? "not found in the other versions"
          : `told by ${selected.toldBy} of ${total}, ${selected.kind === "verbatim" ? "partly word for word" : "in other words"}`}
        {selected.linkedByReader && " · linked by you"}
      </p>
      <OriginLine origin={view.origins.get(selected.version) ?? {}} />
      <p role="status" className="mt-1 text-sm font-medium text-violet-900 dark:text-violet-200">
        {judged?.key === selected.key ? judged.message : ""}
      </p>
      {selected.themes.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-stone-600 dark:text-stone-400">Themes: </span>
          {selected.themes.map((id) => view.themeLabels.get(id) ?? id).join(" · ")}
        </p>
      )}
      <blockquote dir="auto" className="mt-3 border-s-4 border-amber-500 ps-3 font-serif">
        {selectedText.trim()}
      </blockquote>
      <FactsList view={view} selected={selected} />
      {byVersion.length > 0 && (
        <section aria-labelledby="passage-details-also">
          <h3 id="passage-details-also" className="mt-5 text-sm font-semibold">
            Also in{" "}
            {listLabels(
              byVersion.map((entry) => entry.version),
              view.labels,
            )}
          </h3>
          <CounterpartList byVersion={byVersion} {...judging} />
        </section>
      )}
      {closest.length > 0 ? (
        <section aria-labelledby="passage-details-closest">
          <h3 id="passage-details-closest" className="mt-5 text-sm font-semibold">
            {byVersion.length === 0
              ? "Not found in the other versions; closest:"
              : "Closest in the other versions"}
          </h3>
          <ClosestList closest={closest} {...judging} />
        </section>
      ) : view.suggestions === null && byVersion.length < view.versions.length - 1 ? (
        // The worker finds the candidates just after the highlights.
        <p role="status" className="mt-4 text-sm text-stone-600 dark:text-stone-400">
          Finding the closest passages in the other versions…
        </p>
      ) : (
        byVersion.length === 0 && (
          <p className="mt-4 text-sm">No matching passage was found in the other versions.</p>
        )
      )}
    </aside>
  );
}
