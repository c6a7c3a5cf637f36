/**
 * A message about something the reader asked for that did not happen (a
 * rename refused because another tab changed the story), kept on screen
 * until dismissed, since the story it concerns may have gone from the page.
 */
export function PageNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div
      role="alert"
      className="flex shrink-0 items-center gap-4 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 print:hidden dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="min-w-0 flex-1">{message}</p>
      <button type="button" onClick={onDismiss} className="underline underline-offset-2">
        Dismiss
      </button>
    </div>
  );
}
