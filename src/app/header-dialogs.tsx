/**
 * The header's two dialogs, "Your stories" and "New comparison": not needed
 * for first paint, so their code loads right after it. Until then each
 * stands as its button will look (the same size and words), disabled, so
 * the header does not move when the code arrives.
 */
import { Library, Plus } from "lucide-react";
import { lazy, Suspense, type ComponentProps } from "react";
import { PendingButton } from "@/components/pending-button.tsx";

const LazyNewComparisonDialog = lazy(() =>
  import("@/features/import/index.ts").then((m) => ({ default: m.NewComparisonDialog })),
);

const LazySavedStoriesDialog = lazy(() =>
  import("@/features/library/after-first-paint.ts").then((m) => ({
    default: m.SavedStoriesDialog,
  })),
);

/** "New comparison" (on a phone "New"; the rest is for screen readers). */
export function NewComparisonDialog(props: ComponentProps<typeof LazyNewComparisonDialog>) {
  return (
    <Suspense
      fallback={
        <PendingButton
          className="px-3 py-1.5"
          label={
            <>
              <Plus aria-hidden="true" className="size-4" />
              New<span className="max-sm:sr-only"> comparison</span>
            </>
          }
        />
      }
    >
      <LazyNewComparisonDialog {...props} />
    </Suspense>
  );
}

/** "Your stories", shown only when the reader has saved some. */
export function SavedStoriesDialog(props: ComponentProps<typeof LazySavedStoriesDialog>) {
  if (props.stories.length === 0) return null;
  return (
    <Suspense
      fallback={
        <PendingButton
          className="border-transparent px-2 py-1.5 font-normal"
          label={
            <>
              <Library aria-hidden="true" className="size-4" />
              Your stories
            </>
          }
        />
      }
    >
      <LazySavedStoriesDialog {...props} />
    </Suspense>
  );
}
