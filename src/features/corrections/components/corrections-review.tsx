import { useRef } from "react";
import { ModalDialog } from "@/components/modal-dialog.tsx";
import type { StoredCorrection } from "@/core/story-format.ts";
import type { ReaderCorrections } from "@/features/comparison/index.ts";

type CorrectionsReviewProps = {
  corrections: ReaderCorrections;
  labels: ReadonlyMap<string, string>;
  /** Selects the passage at a version's text offset (`version:offset`). */
  onShow: (key: string) => void;
};

/**
 * "Your corrections": every link and unlink the reader made on this story,
 * newest first, each with Undo; corrections whose text has changed since are
 * listed apart, with why, rather than dropped in silence.
 */
export function CorrectionsReview({ corrections, labels, onShow }: CorrectionsReviewProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { active, stale, stored, remove } = corrections;
  const activeIds = new Set(active.map((c) => c.id));
  const current = stored.filter((c) => activeIds.has(c.id)).reverse();
  const count = current.length + stale.length;
  if (count === 0) return null;
  const label = (version: string) => labels.get(version) ?? version;
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md border border-violet-300 px-2.5 py-1 text-sm text-violet-900 hover:bg-violet-50 dark:border-violet-700 dark:text-violet-200 dark:hover:bg-violet-950"
      >
        Your corrections <span className="tabular-nums">({count})</span>
      </button>
      <ModalDialog ref={dialog} labelledBy="corrections-title" width="wide">
        <div className="flex items-start justify-between gap-4">
          <h2 id="corrections-title" className="text-lg font-semibold">
            Your corrections
          </h2>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-stone-300 px-2.5 py-1 text-sm dark:border-stone-600"
          >
            Close
          </button>
        </div>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Links and unlinks you made. They are kept in this browser, travel with the story when you
          export it, and the comparison honours them.
        </p>
        {current.length > 0 && (
          <ul aria-label="Corrections in effect" className="mt-4 space-y-3">
            {current.map((correction) => (
              <CorrectionItem
                key={correction.id}
                correction={correction}
                label={label}
                onShow={(key) => {
                  dialog.current?.close();
                  onShow(key);
                }}
                onUndo={() => void remove(correction.id)}
              />
            ))}
          </ul>
        )}
        {stale.length > 0 && (
          <>
            <h3 className="mt-6 font-semibold">Could not be applied</h3>
            <ul aria-label="Corrections that could not be applied" className="mt-2 space-y-3">
              {stale.map(({ correction, reason }) => (
                <CorrectionItem
                  key={correction.id}
                  correction={correction}
                  label={label}
                  reason={reason}
                  onUndo={() => void remove(correction.id)}
                />
              ))}
            </ul>
          </>
        )}
      </ModalDialog>
    </>
  );
}

type CorrectionItemProps = {
  correction: StoredCorrection;
  label: (version: string) => string;
  reason?: string;
  onShow?: (key: string) => void;
  onUndo: () => void;
};

function CorrectionItem({ correction, label, reason, onShow, onUndo }: CorrectionItemProps) {
  const { a, b, kind } = correction;
  const verb = kind === "link" ? "Linked as the same claim" : "Marked as not the same claim";
  const name = `${verb}: ${label(a.version)} and ${label(b.version)}`;
  return (
    <li className="rounded-md border border-stone-200 p-3 text-sm dark:border-stone-700">
      <p className="font-medium">{name}</p>
      {reason && <p className="mt-1 text-amber-800 dark:text-amber-300">{reason}</p>}
      <dl className="mt-2 space-y-1 font-serif">
        {[a, b].map((span) => (
          <div key={span.version} className="flex gap-2">
            <dt className="shrink-0 font-sans font-medium">{label(span.version)}:</dt>
            <dd className="line-clamp-2">{span.text}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-2 flex gap-3">
        {onShow && (
          <button
            type="button"
            aria-label={`Show: ${name}`}
            onClick={() => onShow(`${a.version}:${a.start}`)}
            className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
          >
            Show
          </button>
        )}
        <button
          type="button"
          aria-label={`Undo: ${name}`}
          onClick={onUndo}
          className="font-semibold underline underline-offset-2"
        >
          {reason ? "Remove" : "Undo"}
        </button>
      </div>
    </li>
  );
}
