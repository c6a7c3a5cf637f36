import type { ReactNode } from "react";

/**
 * Where a control stands while its code loads (a lazily loaded dialog or
 * panel): the same name, disabled and marked busy, so the layout does not
 * jump and a screen reader hears what is coming.
 */
export function PendingButton({
  label,
  className = "",
}: {
  /** What the control will show (its words, and an icon if it has one). */
  label: ReactNode;
  className?: string;
}) {
  return (
    <button
      type="button"
      disabled
      aria-busy="true"
      className={`flex items-center gap-1 self-start rounded-md border border-stone-300 px-2.5 py-1 text-sm font-medium text-stone-600 dark:border-stone-700 dark:text-stone-300 ${className}`}
    >
      {label}
    </button>
  );
}
