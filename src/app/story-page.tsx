import { useState } from "react";
import { ErrorPanel } from "@/components/error-panel.tsx";
import { LoadingState } from "@/components/loading-state.tsx";
import type { Story } from "@/core/story-format.ts";
import { NewComparisonDialog } from "@/features/import/index.ts";
import { useLibraryActions, useSavedStories } from "@/features/library/index.ts";
import {
  StoryPicker,
  useStoryIndex,
  useStoryParam,
  type StoryChoice,
} from "@/features/stories/index.ts";
import { describeError } from "@/lib/describe-error.ts";
import { AppHeader } from "./app-header.tsx";
import { BundledStoryContent, SavedStoryContent } from "./story-content.tsx";
import { UndoToast } from "./undo-toast.tsx";

/** The reader's one page: pick a story (bundled or the reader's own), read its versions. */
export function StoryPage() {
  const index = useStoryIndex();
  const saved = useSavedStories();
  const library = useLibraryActions();
  const [storyParam, setStoryParam] = useStoryParam();
  const [deleted, setDeleted] = useState<Story | null>(null);
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

  const create = async (story: Story) => {
    await library.save(story);
    await setStoryParam(story.id);
  };
  const remove = async (story: Story) => {
    const corrections = await library.remove(story.id);
    setDeleted(corrections.length > 0 ? { ...story, corrections } : story);
    await setStoryParam(null);
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
        <NewComparisonDialog takenIds={new Set(choices.map((c) => c.id))} onCreate={create} />
      </AppHeader>
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
            onRename={(story, title) =>
              library.save({ ...story, title: title.trim() || story.title })
            }
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
            message={`The list of stories has no story with the id “${storyParam}”.`}
            onRetry={() => void setStoryParam(null)}
            retryLabel="Open the first story"
          />
        )}
      </main>
      {deleted && (
        <UndoToast
          message={`Deleted “${deleted.title}”.`}
          onUndo={() => {
            const story = deleted;
            setDeleted(null);
            void create(story);
          }}
          onDismiss={() => setDeleted(null)}
        />
      )}
    </div>
  );
}
