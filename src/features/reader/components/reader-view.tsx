import { useState } from "react";
import type { Story } from "@/core/story-format.ts";
import { VersionColumn } from "./version-column.tsx";
import { VersionSwitcher } from "./version-switcher.tsx";

/**
 * The versions of a story side by side. Wide screens scroll the row of
 * columns sideways when they don't fit; a phone shows one at a time.
 */
export function ReaderView({ story }: { story: Story }) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const activeId =
    story.versions.find((version) => version.id === chosenId)?.id ?? story.versions[0]?.id ?? "";
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <VersionSwitcher versions={story.versions} activeId={activeId} onSelect={setChosenId} />
      <div className="flex min-h-0 flex-1 snap-x gap-4 overflow-x-auto px-3 pb-3 sm:px-4 sm:pb-4">
        {story.versions.map((version) => (
          <VersionColumn key={version.id} version={version} active={version.id === activeId} />
        ))}
      </div>
    </div>
  );
}
