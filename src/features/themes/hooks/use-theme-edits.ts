import { useCallback, useState } from "react";
import { NO_EDITS, type ThemeEdits } from "../lib/theme-edits.ts";

const key = (storyId: string) => `parallax-theme-edits:${storyId}`;

function read(storyId: string): ThemeEdits {
  try {
    const stored = JSON.parse(
      localStorage.getItem(key(storyId)) ?? "null",
    ) as Partial<ThemeEdits> | null;
    if (!stored || typeof stored !== "object") return NO_EDITS;
    return {
      labels: typeof stored.labels === "object" && stored.labels ? stored.labels : {},
      mergedInto:
        typeof stored.mergedInto === "object" && stored.mergedInto ? stored.mergedInto : {},
      deleted: Array.isArray(stored.deleted)
        ? stored.deleted.filter((id) => typeof id === "string")
        : [],
    };
  } catch {
    return NO_EDITS;
  }
}

/** The reader's edits to a story's suggested themes, kept in this browser. */
export function useThemeEdits(storyId: string) {
  const [edits, setEdits] = useState<ThemeEdits>(() => read(storyId));
  const update = useCallback(
    (change: (edits: ThemeEdits) => ThemeEdits) => {
      setEdits((current) => {
        const next = change(current);
        try {
          localStorage.setItem(key(storyId), JSON.stringify(next));
        } catch {
          // Storage unavailable: the edits last this visit.
        }
        return next;
      });
    },
    [storyId],
  );
  return [edits, update] as const;
}
