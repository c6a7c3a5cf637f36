import { useState, type ReactNode } from "react";

/** Passages filtered out by the theme filter fold into one line that opens in place. */
export function CollapsedRun({ count, children }: { count: number; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const label = `${count} ${count === 1 ? "passage" : "passages"} hidden`;
  return (
    <div className="font-sans text-sm">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="w-full rounded-md border border-dashed border-stone-300 px-3 py-1 text-start text-stone-600 hover:bg-stone-100 print:hidden dark:border-stone-700 dark:text-stone-400 dark:hover:bg-stone-800"
      >
        {open ? `Hide ${count === 1 ? "this passage" : `these ${count} passages`} again` : label}
      </button>
      {/* On paper a button says nothing: say what is left out, and why. */}
      {!open && (
        <p className="hidden text-stone-600 italic print:block">
          [{count} {count === 1 ? "passage" : "passages"} not about the chosen themes left out here]
        </p>
      )}
      {open && <div className="reading mt-4 space-y-4 font-serif text-base">{children}</div>}
    </div>
  );
}
