/** A quiet placeholder while data loads; announced politely to screen readers. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" className="flex items-center gap-3 p-8 text-stone-600 dark:text-stone-300">
      <span
        aria-hidden="true"
        className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent motion-reduce:animate-none"
      />
      {label}
    </div>
  );
}
