import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import type { Story, Theme } from "@/core/story-format.ts";
import { describeError } from "@/lib/describe-error.ts";
import { getOwnThemes, ownThemesQueryKey, putOwnThemes } from "@/lib/reader-themes.ts";

const NONE: Theme[] = [];

/**
 * The reader's own themes for a story: as kept in this browser, or, until
 * the reader changes them here, the ones its file brought (`readerThemes`).
 * Saving shows the change at once; a failed write is reported.
 */
export function useOwnThemes(story: Story) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ownThemesQueryKey(story.id),
    queryFn: () => getOwnThemes(story.id),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const own = useMemo(
    () => query.data ?? story.readerThemes ?? NONE,
    [query.data, story.readerThemes],
  );
  const save = useCallback(
    async (next: Theme[]) => {
      client.setQueryData(ownThemesQueryKey(story.id), next);
      try {
        await putOwnThemes(story.id, next);
        setProblem(null);
      } catch (error) {
        setProblem(`Not kept in this browser: ${describeError(error).message}`);
      }
    },
    [client, story.id],
  );
  return { own, save, problem };
}
