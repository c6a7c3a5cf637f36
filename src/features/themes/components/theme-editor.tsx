import { lazy, Suspense, useRef, useState } from "react";
import { ModalDialog } from "@/components/modal-dialog.tsx";
import type { StoryThemes } from "../hooks/use-story-themes.ts";

// The editor's contents load when it is first opened: most readers never
// open it, and the first page should not wait for it.
const ThemeEditorBody = lazy(() => import("./theme-editor-body.tsx"));

/**
 * The theme editor: every theme with how much of the story it tags (and a
 * warning when that is most of it); suggested themes can be renamed, merged
 * or deleted, and the reader can add, edit and delete themes of their own.
 * Changes apply at once and are kept in this browser. While the comparison
 * runs (`pending`) its button is shown disabled, so the bar does not reflow
 * when it arrives.
 */
export function ThemeEditor({ themes, pending }: { themes: StoryThemes; pending: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          themes.prepare();
          setOpened(true);
          dialog.current?.showModal();
        }}
        className="underline underline-offset-2 disabled:opacity-60"
      >
        Edit themes
      </button>
      <ModalDialog ref={dialog} labelledBy="theme-editor-title" width="wide">
        <h2 id="theme-editor-title" className="text-lg font-semibold">
          Edit themes
        </h2>
        {opened && (
          <Suspense fallback={<p className="mt-2 text-sm">Opening the editor…</p>}>
            <ThemeEditorBody themes={themes} />
          </Suspense>
        )}
      </ModalDialog>
    </>
  );
}
