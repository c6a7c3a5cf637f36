import { useEffect } from "react";
import { ErrorPanel } from "@/components/error-panel.tsx";
import { LoadingState } from "@/components/loading-state.tsx";
import type { StoryIndexEntry } from "@/core/story-format.ts";
import { ReaderView } from "@/features/reader/components/reader-view.tsx";
import { useStory } from "@/features/stories/api/get-story.ts";
import { useStoryIndex } from "@/features/stories/api/get-story-index.ts";
import { StoryPicker } from "@/features/stories/components/story-picker.tsx";
import { useStoryParam } from "@/features/stories/hooks/use-story-param.ts";
import { describeError } from "@/lib/describe-error.ts";
import { MARKS, markOnce } from "@/lib/performance-marks.ts";
import { AppHeader } from "./app-header.tsx";

/** The reader's one page: pick a story from the index, read its versions. */
export function StoryPage() {
  const index = useStoryIndex();
  const [storyParam, setStoryParam] = useStoryParam();
  const stories = index.data?.stories ?? [];
  const entry = storyParam === null ? stories[0] : stories.find((story) => story.id === storyParam);

  return (
    <div className="flex h-dvh flex-col print:h-auto">
      <AppHeader>
        {entry && (
          <StoryPicker
            stories={stories}
            selectedId={entry.id}
            onSelect={(id) => void setStoryParam(id)}
          />
        )}
      </AppHeader>
      <main className="flex min-h-0 flex-1 flex-col print:block">
        {index.isPending ? (
          <LoadingState label="Loading stories…" />
        ) : index.isError ? (
          <ErrorPanel
            title="Could not load the list of stories"
            {...describeError(index.error)}
            onRetry={() => void index.refetch()}
            retrying={index.isFetching}
          />
        ) : entry ? (
          <StoryContent entry={entry} />
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
    </div>
  );
}

function StoryContent({ entry }: { entry: StoryIndexEntry }) {
  const story = useStory(entry);
  const title = story.data?.title ?? entry.title;

  useEffect(() => {
    document.title = `${title} · Parallax`;
  }, [title]);
  useEffect(() => {
    if (story.data) markOnce(MARKS.storyLoaded);
  }, [story.data]);

  return (
    <>
      <h1 className="shrink-0 px-4 pt-4 pb-3 font-serif text-xl leading-tight font-semibold text-balance sm:text-2xl">
        {title}
      </h1>
      {story.isPending ? (
        <LoadingState label="Loading the story…" />
      ) : story.isError ? (
        <ErrorPanel
          title="Could not open this story"
          {...describeError(story.error)}
          onRetry={() => void story.refetch()}
          retrying={story.isFetching}
        />
      ) : (
        <ReaderView key={story.data.id} story={story.data} />
      )}
    </>
  );
}
