import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { anchorCorrections } from "@/core/corrections/anchor-corrections.ts";
import { versionToInput } from "@/core/align/story-text.ts";
import type { AnchoredSpan, StoredCorrection, Story } from "@/core/story-format.ts";
import {
  correctionsQueryKey as correctionsKey,
  getCorrections,
  putCorrections,
} from "@/lib/reader-corrections.ts";

/** The query of a story's corrections as kept in this browser (shared with the comparison started on arrival). */
export const correctionsQueryOptions = (storyId: string) =>
  queryOptions({
    queryKey: correctionsKey(storyId),
    queryFn: () => getCorrections(storyId),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

/** Stored corrections anchored to the story's texts as they are now. */
export function anchorStored(story: Story, stored: readonly StoredCorrection[]) {
  return anchorCorrections(story.versions.map(versionToInput), stored);
}

/**
 * The reader's corrections to this story's links: as kept in this browser,
 * anchored to the texts as they are now (`active` go to the engine; `stale`
 * ones point at text that changed, and are reported, not dropped), with
 * ways to add one and to take one back.
 */
export function useCorrections(story: Story) {
  const client = useQueryClient();
  const query = useQuery(correctionsQueryOptions(story.id));
  const stored = useMemo(() => query.data ?? [], [query.data]);
  const anchored = useMemo(() => anchorStored(story, stored), [story, stored]);
  // The list on screen changes at once; the write follows (a failed write is reported).
  const write = useCallback(
    async (change: (current: StoredCorrection[]) => StoredCorrection[]) => {
      const key = correctionsKey(story.id);
      const next = change(client.getQueryData<StoredCorrection[]>(key) ?? []);
      client.setQueryData(key, next);
      await putCorrections(story.id, next);
    },
    [client, story.id],
  );
  const add = useCallback(
    (kind: StoredCorrection["kind"], a: AnchoredSpan, b: AnchoredSpan) =>
      write((current) => [
        // A new judgement on the same pair replaces the old one.
        ...current.filter((c) => !samePair(c, a, b)),
        { id: newId(), kind, a, b, createdAt: Date.now() },
      ]),
    [write],
  );
  const remove = useCallback(
    (id: string) => write((current) => current.filter((c) => c.id !== id)),
    [write],
  );
  const ready = !query.isPending;
  // One object while nothing changes: every passage on screen reads it through the reader's context.
  return useMemo(
    () => ({
      /** False until this browser's corrections have been read (or failed to be). */
      ready,
      stored,
      ...anchored,
      add,
      remove,
    }),
    [ready, stored, anchored, add, remove],
  );
}

function samePair(c: StoredCorrection, a: AnchoredSpan, b: AnchoredSpan): boolean {
  const same = (x: AnchoredSpan, y: AnchoredSpan) =>
    x.version === y.version && x.start === y.start && x.end === y.end;
  return (same(c.a, a) && same(c.b, b)) || (same(c.a, b) && same(c.b, a));
}

function newId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
