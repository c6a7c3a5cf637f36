import { lazy, Suspense, useState } from "react";
import { ErrorPanel } from "@/components/error-panel.tsx";
import { LoadingState } from "@/components/loading-state.tsx";
import { PendingButton } from "@/components/pending-button.tsx";
import type { Story } from "@/core/story-format.ts";
import {
  SavedStoriesDialog,
  useChangesElsewhere,
  useLibraryActions,
  useSavedStories,
  type SavedStory,
} from "@/features/library/index.ts";
import {
  StoryPicker,
  useStoryIndex,
  useStoryParam,
  type StoryChoice,
} from "@/features/stories/index.ts";
import { describeError } from "@/lib/describe-error.ts";
import { AppHeader } from "./app-header.tsx";
import { PageNotice } from "./page-notice.tsx";
import { BundledStoryContent, SavedStoryContent } from "./story-content.tsx";
import { UndoToast } from "./undo-toast.tsx";

// Not needed for first paint: loaded right after it (the button stands disabled until then).
const NewComparisonDialog = lazy(() =>
  import("@/features/import/index.ts").then((m) => ({ default: m.NewComparisonDialog })),
);

/** A deleted story, kept for Undo: reopened by Undo only if it was open when deleted. */
type Deleted = { story: Story; wasOpen: boolean; at: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reader's one page: pick a story (bundled or the reader's own), read its versions. */
export function StoryPage() {
  const index = useStoryIndex();
  const saved = useSavedStories();
  const library = useLibraryActions();
  useChangesElsewhere();
  const [storyParam, setStoryParam] = useStoryParam();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bundled = index.data?.stories ?? [];
  const choices: StoryChoice[] = [
    ...bundled.map((entry) => ({ id: entry.id, title: entry.title, source: "bundled" as const })),
    ...(saved.data ?? []).map(({ story }) => ({
      id: story.id,
      title: story.title,
      source: "saved" as const,
    })),
  ];
  const choice = storyParam === null ? choices[0] : choices.find((c) => c.id === storyParam);
  const entry = choice?.source === "bundled" ? bundled.find((e) => e.id === choice.id) : undefined;

  // The story is saved under the id the database gave it (another tab may hold the one asked for).
  const create = async (story: Story) => {
    await setStoryParam(await library.save(story));
  };
  const remove = async (story: Story) => {
    try {
      const corrections = await library.remove(story.id);
      const wasOpen = choice?.id === story.id;
      const kept = corrections.length > 0 ? { ...story, corrections } : story;
      setDeleted({ story: kept, wasOpen, at: Date.now() });
      if (wasOpen) await setStoryParam(null);
    } catch (error) {
      setNotice(`Could not delete “${story.title}”. ${messageOf(error)}`);
    }
  };
  const rename = async (story: SavedStory, title: string) => {
    try {
      await library.rename(story, title);
    } catch (error) {
      setNotice(messageOf(error));
    }
  };
  const undo = async ({ story, wasOpen }: Deleted) => {
    try {
      const id = await library.save(story);
      if (wasOpen) await setStoryParam(id);
    } catch (error) {
      setNotice(`Could not bring back “${story.title}”. ${messageOf(error)}`);
    }
  };

  return (
    <div className="flex h-dvh flex-col print:h-auto">
      <AppHeader>
        {choice && (
          <StoryPicker
            stories={choices}
            selectedId={choice.id}
            onSelect={(id) => void setStoryParam(id)}
          />
        )}
        <SavedStoriesDialog
          stories={saved.data ?? []}
          onOpen={(id) => void setStoryParam(id)}
          onDelete={({ story }) => void remove(story)}
        />
        <Suspense fallback={<PendingButton label="New comparison" />}>
          <NewComparisonDialog takenIds={new Set(choices.map((c) => c.id))} onCreate={create} />
        </Suspense>
      </AppHeader>
      {notice && <PageNotice message={notice} onDismiss={() => setNotice(null)} />}
      <main className="flex min-h-0 flex-1 flex-col print:block">
        {index.isPending || (saved.isPending && storyParam !== null && !choice) ? (
          <LoadingState label="Loading stories…" />
        ) : index.isError ? (
          <ErrorPanel
            title="Could not load the list of stories"
            {...describeError(index.error)}
            onRetry={() => void index.refetch()}
            retrying={index.isFetching}
          />
        ) : entry ? (
          <BundledStoryContent key={entry.id} entry={entry} />
        ) : choice ? (
          <SavedStoryContent
            key={choice.id}
            id={choice.id}
            title={choice.title}
            onRename={rename}
            onDelete={remove}
          />
        ) : saved.isError ? (
          <ErrorPanel
            title="Could not open your saved stories"
            {...describeError(saved.error)}
            onRetry={() => void saved.refetch()}
            retrying={saved.isFetching}
          />
        ) : (
          <ErrorPanel
            title="Story not found"
            file="data/index.json"
            message={`Neither the list of stories nor your saved stories has one with the id “${storyParam}”; it may have been deleted in another tab.`}
            onRetry={() => void setStoryParam(null)}
            retryLabel="Open the first story"
          />
        )}
      </main>
      {deleted && (
        <UndoToast
          key={deleted.at}
          message={`Deleted “${deleted.story.title}”.`}
          onUndo={() => {
            setDeleted(null);
            void undo(deleted);
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
