import { useState } from "react";
import { ErrorPanel } from "@/components/error-panel.tsx";
import { LoadingState } from "@/components/loading-state.tsx";
import type { Story } from "@/core/story-format.ts";
import {
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
import { storyIdFor } from "@/core/story-id.ts";
import { describeError } from "@/lib/describe-error.ts";
import { getCorrections } from "@/lib/reader-corrections.ts";
import { AppHeader } from "./app-header.tsx";
import { NewComparisonDialog, SavedStoriesDialog } from "./header-dialogs.tsx";
import { PageNotice } from "./page-notice.tsx";
import { BundledStoryContent, SavedStoryContent } from "./story-content.tsx";
import { UndoToast } from "./undo-toast.tsx";

/** What the last change can be undone by, offered for a while under its message. */
type Undoable = { message: string; undo: () => Promise<void>; at: number };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The reader's one page: pick a story (bundled or the reader's own), read its versions. */
export function StoryPage() {
  const index = useStoryIndex();
  const saved = useSavedStories();
  const library = useLibraryActions();
  useChangesElsewhere();
  const [storyParam, setStoryParam] = useStoryParam();
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Undo is offered for the last change only; a new offer gets its full time (keyed by when).
  const offerUndo = (message: string, undo: () => Promise<void>) =>
    setUndoable({ message, undo, at: Date.now() });
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
      const { corrections, ownThemes } = await library.remove(story.id);
      const wasOpen = choice?.id === story.id;
      // The Undo brings back the story as it was, with its corrections and own themes.
      const kept = {
        ...story,
        ...(corrections.length > 0 ? { corrections } : {}),
        ...(ownThemes ? { readerThemes: ownThemes } : {}),
      };
      // Reopened by Undo only if it was open when deleted.
      offerUndo(`Deleted “${story.title}”.`, () => restore(kept, wasOpen));
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
  const restore = async (story: Story, reopen: boolean) => {
    try {
      const id = await library.save(story);
      if (reopen) await setStoryParam(id);
    } catch (error) {
      setNotice(`Could not bring back “${story.title}”. ${messageOf(error)}`);
    }
  };
  // Saved in place; Undo writes back the versions as they were.
  const editVersions = async (saved: SavedStory, next: Story) => {
    await library.replace(saved, next);
    offerUndo(`Saved the versions of “${next.title}”.`, async () => {
      try {
        await library.revert(saved.story);
      } catch (error) {
        setNotice(messageOf(error));
      }
    });
  };
  // A bundled story is never changed: the edits become the reader's own copy, with their corrections.
  const copyWithVersions = async (bundledStory: Story, next: Story) => {
    const corrections = await getCorrections(bundledStory.id).catch(() => []);
    const title = `${next.title} (your copy)`;
    const id = storyIdFor(title, new Set(choices.map((c) => c.id)));
    const copyId = await library.save({ ...next, id, title, corrections });
    await setStoryParam(copyId);
    offerUndo(`Saved your versions as “${title}”.`, async () => {
      await library.remove(copyId);
      await setStoryParam(bundledStory.id);
    });
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
        <NewComparisonDialog takenIds={new Set(choices.map((c) => c.id))} onCreate={create} />
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
          <BundledStoryContent key={entry.id} entry={entry} onEditVersions={copyWithVersions} />
        ) : choice ? (
          <SavedStoryContent
            key={choice.id}
            id={choice.id}
            title={choice.title}
            onRename={rename}
            onEditVersions={editVersions}
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
      {undoable && (
        <UndoToast
          key={undoable.at}
          message={undoable.message}
          onUndo={() => {
            setUndoable(null);
            void undoable.undo();
          }}
          onDismiss={() => setUndoable(null)}
        />
      )}
    </div>
  );
}
