import { Keyboard } from "lucide-react";
import { useEffect, useRef } from "react";
import { ModalDialog } from "@/components/modal-dialog.tsx";

const SHORTCUTS: [string, string][] = [
  ["j", "Next passage in the column"],
  ["k", "Previous passage in the column"],
  ["Enter", "Show the passage's details and counterparts"],
  ["Escape", "Close the details"],
  ["Tab", "Move between columns and controls"],
  ["?", "Show these shortcuts"],
];

/** A button and the "?" key open the list of keyboard shortcuts. */
export function ShortcutsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "?" || (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName))) return;
      event.preventDefault();
      if (!dialog.current?.open) dialog.current?.showModal();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => dialog.current?.showModal()}
        className="rounded-md p-1.5 text-stone-700 hover:bg-stone-200 dark:text-stone-200 dark:hover:bg-stone-800"
      >
        <Keyboard aria-hidden="true" className="size-5" />
      </button>
      <ModalDialog ref={dialog} labelledBy="shortcuts-title">
        <h2 id="shortcuts-title" className="text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([key, action]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 py-0.5 font-mono text-xs dark:border-stone-600 dark:bg-stone-800">
                  {key}
                </kbd>
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog" className="mt-6 text-end">
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white dark:bg-stone-100 dark:text-stone-900"
          >
            Close
          </button>
        </form>
      </ModalDialog>
    </>
  );
}
