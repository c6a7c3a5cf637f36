import { X } from "lucide-react";
import { groupStretches, listLabels, useReaderState } from "@/features/comparison/index.ts";
import { WordDiffView } from "./word-diff-view.tsx";

/**
 * The selected passage and, for each other version that tells the same
 * claim, its text and its word differences from the selection.
 */
export function PassageDetails() {
  const state = useReaderState();
  const selected = state?.selectedKey ? state.view.byKey.get(state.selectedKey) : undefined;
  if (!state || !selected) return null;
  const { view, select } = state;
  const stretches = selected.group === null ? [] : groupStretches(view, selected.group);
  const own = stretches.find((s) => s.keys.includes(selected.key));
  const selectedText = (own?.text ?? selected.text).trim();
  const others = stretches.filter((s) => s.version !== selected.version);
  const byVersion = [...new Set(others.map((s) => s.version))].map((version) => ({
    version,
    stretches: others.filter((s) => s.version === version),
  }));
  const total = view.versions.length;
  return (
    <aside
      aria-labelledby="passage-details-title"
      className="flex max-h-[55vh] shrink-0 flex-col print:hidden overflow-y-auto border-t border-stone-200 bg-white p-4 max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-30 max-md:rounded-t-xl max-md:shadow-2xl md:max-h-none md:w-[24rem] md:rounded-md md:border dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="passage-details-title" className="text-base font-semibold">
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
          : `told by ${selected.toldBy} of ${total} versions, ${selected.kind === "verbatim" ? "partly word for word" : "in other words"}`}
      </p>
      {selected.themes.length > 0 && (
        <p className="mt-1 text-sm">
          <span className="text-stone-600 dark:text-stone-400">Themes: </span>
          {selected.themes.map((id) => view.themeLabels.get(id) ?? id).join(" · ")}
        </p>
      )}
      <blockquote className="mt-3 border-s-4 border-amber-500 ps-3 font-serif">
        {selectedText}
      </blockquote>
      {byVersion.length === 0 ? (
        <p className="mt-4 text-sm">No matching passage was found in the other versions.</p>
      ) : (
        <>
          <h3 className="mt-5 text-sm font-semibold">
            Also in{" "}
            {listLabels(
              byVersion.map((entry) => entry.version),
              view.labels,
            )}
          </h3>
          <ul className="mt-2 space-y-4">
            {byVersion.map(({ version, stretches: texts }) => (
              <li
                key={version}
                className="rounded-md border border-stone-200 p-3 dark:border-stone-700"
              >
                <div className="flex items-baseline justify-between gap-2">
                  <h4 className="text-sm font-semibold">{view.labels.get(version)}</h4>
                  <button
                    type="button"
                    onClick={() => select(texts[0]!.keys[0]!)}
                    className="text-sm text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100"
                  >
                    Show in {view.labels.get(version)}
                  </button>
                </div>
                {texts.map((stretch) => (
                  <div key={stretch.start} className="mt-2">
                    <p className="font-serif">{stretch.text.trim()}</p>
                    <p className="mt-3 text-xs font-medium tracking-wide text-stone-600 uppercase dark:text-stone-400">
                      Differences from the selected passage
                    </p>
                    <WordDiffView from={selectedText} to={stretch.text} />
                  </div>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
