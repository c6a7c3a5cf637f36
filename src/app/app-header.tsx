import { lazy, Suspense, type ReactNode } from "react";
import { ColorSchemeToggle } from "@/features/color-scheme/index.ts";

// Not needed for first paint: loaded right after it, with its "?" key.
const ShortcutsDialog = lazy(() =>
  import("@/features/help/index.ts").then((m) => ({ default: m.ShortcutsDialog })),
);

/**
 * The slim bar above every page: the name, then page-level controls; on a
 * phone the story picker takes a row of its own (see StoryPicker).
 */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="flex shrink-0 flex-wrap print:hidden items-center gap-x-2 gap-y-2 border-b sm:gap-x-4 border-stone-200 px-4 py-2 dark:border-stone-800">
      <a
        href="./"
        className="flex items-center gap-2 rounded font-sans text-base font-semibold tracking-tight"
      >
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="size-6" />
        {/* On a phone the mark alone, leaving the row to the controls. */}
        <span className="max-sm:sr-only">Parallax</span>
      </a>
      {children}
      <div className="ms-auto flex items-center gap-1">
        <ColorSchemeToggle />
        <Suspense fallback={<span className="size-8" aria-hidden="true" />}>
          <ShortcutsDialog />
        </Suspense>
      </div>
    </header>
  );
}
