import { lazy, Suspense, useDeferredValue, useEffect, type ComponentProps } from "react";
import { ErrorBoundary } from "react-error-boundary";
import { ErrorPanel } from "@/components/error-panel.tsx";
import { LoadingState } from "@/components/loading-state.tsx";
import type { Story, StoryIndexEntry } from "@/core/story-format.ts";
import {
  BundledStoryActions,
  SavedStoryActions,
  useSavedStory,
  type SavedStory,
} from "@/features/library/index.ts";
import { useCompareOnArrival } from "@/features/comparison/index.ts";
import { ReaderView } from "@/features/reader/index.ts";
import { useStory } from "@/features/stories/index.ts";
import { describeError } from "@/lib/describe-error.ts";

// Not needed for first paint: loaded right after it (the link stands disabled until then).
const LazyEditVersionsDialog = lazy(() =>
  import("@/features/versions/index.ts").then((m) => ({ default: m.EditVersionsDialog })),
);

function EditVersionsDialog(props: ComponentProps<typeof LazyEditVersionsDialog>) {
  return (
    <Suspense
      fallback={
        <button
          type="button"
          disabled
          aria-busy="true"
          className="text-sm text-stone-500 underline underline-offset-2"
        >
          Edit versions
        </button>
      }
    >
      <LazyEditVersionsDialog {...props} />
    </Suspense>
  );
}

type Query = {
  data: Story | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
};

/** A bundled story, read over HTTP, with its export action and edits saved as a copy. */
export function BundledStoryContent({
  entry,
  onEditVersions,
}: {
  entry: StoryIndexEntry;
  /** Saves the story with edited versions as the reader's own copy; throws to report a failure. */
  onEditVersions: (story: Story, next: Story) => Promise<void>;
}) {
  const query = useStory(entry);
  const story = query.data;
  const actions = story && (
    <div className="flex items-center gap-3">
      <EditVersionsDialog story={story} bundled onSave={(next) => onEditVersions(story, next)} />
      <BundledStoryActions story={story} />
    </div>
  );
  return <StoryBody storyId={entry.id} title={entry.title} query={query} actions={actions} />;
}

type SavedStoryContentProps = {
  id: string;
  title: string;
  /** Renames the story as this tab read it (with its revision); never rejects. */
  onRename: (saved: SavedStory, title: string) => Promise<void>;
  /** Saves edited versions over the story as this tab read it; throws to report a failure. */
  onEditVersions: (saved: SavedStory, next: Story) => Promise<void>;
  onDelete: (story: Story) => Promise<void>;
};

/** One of the reader's saved stories, read from IndexedDB, with rename, export and delete. */
export function SavedStoryContent({
  id,
  title,
  onRename,
  onEditVersions,
  onDelete,
}: SavedStoryContentProps) {
  const query = useSavedStory(id, true);
  const saved = query.data;
  const actions = saved && (
    <SavedStoryActions
      key={saved.story.title}
      story={saved.story}
      onRename={(next) => onRename(saved, next)}
      editVersions={
        <EditVersionsDialog
          story={saved.story}
          bundled={false}
          onSave={(next) => onEditVersions(saved, next)}
        />
      }
      onDelete={() => onDelete(saved.story)}
    />
  );
  return (
    <StoryBody
      storyId={id}
      title={title}
      query={{
        data: saved?.story,
        isPending: query.isPending,
        isError: query.isError,
        error: query.error,
        isFetching: query.isFetching,
        refetch: query.refetch,
      }}
      actions={actions}
    />
  );
}

/** A story's title, then its versions side by side, or why they cannot be shown. */
function StoryBody({
  storyId,
  title: fallback,
  query,
  actions,
}: {
  storyId: string;
  title: string;
  query: Query;
  actions?: React.ReactNode;
}) {
  // A story of hundreds of versions takes React a while to lay out: drawing
  // it in an interruptible background render keeps the page answering.
  const story = useDeferredValue(query.data);
  const title = story?.title ?? fallback;
  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
  // The worker compares while React draws the columns below.
  useCompareOnArrival(storyId, query.data);
  return (
    <>
      <div className="flex shrink-0 flex-wrap items-baseline gap-x-4 gap-y-1 px-4 pt-4 pb-3">
        <h1 className="font-serif text-xl leading-tight font-semibold text-balance sm:text-2xl">
          {title}
        </h1>
        {actions}
      </div>
      {query.isPending || (query.data && !story) ? (
        <LoadingState label="Loading the story…" />
      ) : query.isError || !story ? (
        <ErrorPanel
          title="Could not open this story"
          {...describeError(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        // A fault in drawing one story says so in place, and leaves the page (and the
        // reader's saved stories and corrections) usable; a changed story tries again.
        <ErrorBoundary
          resetKeys={[story]}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <ErrorPanel
              title="Could not draw this story"
              message={`${error instanceof Error ? error.message : String(error)}. Your stories and corrections are kept in this browser; try again, or open another story.`}
              onRetry={resetErrorBoundary}
              retryLabel="Try again"
            />
          )}
        >
          <ReaderView key={story.id} story={story} />
        </ErrorBoundary>
      )}
    </>
  );
}
