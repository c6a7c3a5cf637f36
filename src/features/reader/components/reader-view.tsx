import { ChevronLeft, ChevronRight } from "lucide-react";
import { useRef, useState } from "react";
import type { Story } from "@/core/story-format.ts";
import { useRowScroll } from "../hooks/use-row-scroll.ts";
import { VersionColumn } from "./version-column.tsx";
import { VersionSwitcher } from "./version-switcher.tsx";

/**
 * The versions of a story side by side. Wide screens scroll the row of
 * columns sideways when they don't fit; a phone shows one at a time.
 */
export function ReaderView({ story }: { story: Story }) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const row = useRef<HTMLDivElement>(null);
  const { canScrollBack, canScrollForward, scrollByColumn } = useRowScroll(row);
  const activeId =
    story.versions.find((version) => version.id === chosenId)?.id ?? story.versions[0]?.id ?? "";
  const count = story.versions.length;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex shrink-0 items-center gap-3 px-4 pb-2 text-sm text-stone-600 max-sm:hidden dark:text-stone-400">
        <p>
          {count} {count === 1 ? "version" : "versions"}
          {(canScrollBack || canScrollForward) && " · scroll sideways to see them all"}
        </p>
        {(canScrollBack || canScrollForward) && (
          <div className="ms-auto flex gap-1">
            <RowButton
              label="Scroll to earlier versions"
              disabled={!canScrollBack}
              onClick={() => scrollByColumn(-1)}
            >
              <ChevronLeft aria-hidden="true" className="size-4" />
            </RowButton>
            <RowButton
              label="Scroll to later versions"
              disabled={!canScrollForward}
              onClick={() => scrollByColumn(1)}
            >
              <ChevronRight aria-hidden="true" className="size-4" />
            </RowButton>
          </div>
        )}
      </div>
      <VersionSwitcher versions={story.versions} activeId={activeId} onSelect={setChosenId} />
      <div
        ref={row}
        className="flex min-h-0 flex-1 snap-x scroll-px-3 gap-4 overflow-x-auto px-3 pb-3 sm:scroll-px-4 sm:px-4 sm:pb-4"
      >
        {story.versions.map((version) => (
          <VersionColumn key={version.id} version={version} active={version.id === activeId} />
        ))}
      </div>
    </div>
  );
}

type RowButtonProps = {
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: React.ReactNode;
};

function RowButton({ label, disabled, onClick, children }: RowButtonProps) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="rounded-md border border-stone-300 p-1.5 text-stone-700 hover:bg-stone-200 disabled:opacity-40 disabled:hover:bg-transparent dark:border-stone-700 dark:text-stone-200 dark:hover:bg-stone-800"
    >
      {children}
    </button>
  );
}
