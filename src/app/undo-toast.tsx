import { useEffect, useEffectEvent } from "react";

/** How long Undo is offered, counted from the deletion. */
const UNDO_FOR_MS = 15_000;

/**
 * A short-lived notice with an Undo button, announced politely. It counts
 * from when it appears, however often the page re-renders meanwhile; give
 * it a new `key` for a new deletion so that one gets its full time.
 */
export function UndoToast({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  // The latest onDismiss, without restarting the timer when its identity changes.
  const dismiss = useEffectEvent(onDismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(), UNDO_FOR_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div
      role="status"
      className="fixed inset-x-0 bottom-4 z-40 mx-auto flex w-fit items-center gap-4 rounded-lg bg-stone-900 px-4 py-3 text-sm text-white shadow-xl dark:bg-stone-100 dark:text-stone-900"
    >
      {message}
      <button type="button" onClick={onUndo} className="font-semibold underline underline-offset-2">
        Undo
      </button>
    </div>
  );
}
