import type { VersionOrigin } from "@/features/comparison/index.ts";
import { formatPublished } from "@/lib/format-published.ts";

/**
 * Where the selected passage's version came from: outlet, byline, dateline,
 * time and address, as far as the story states them. The address is text
 * to copy, not a link: a story file is not trusted to choose where to send
 * the reader.
 */
export function OriginLine({ origin }: { origin: VersionOrigin }) {
  const parts: string[] = [];
  if (origin.source) parts.push(origin.source);
  if (origin.byline) parts.push(`by ${origin.byline}`);
  if (origin.dateline) parts.push(origin.dateline);
  if (origin.published) parts.push(formatPublished(origin.published));
  if (parts.length === 0 && !origin.url) return null;
  return (
    <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
      {parts.length > 0 && <span>{parts.join(" · ")}</span>}
      {origin.url && (
        <span className="block break-all">
          <span className="sr-only">Address: </span>
          {origin.url}
        </span>
      )}
    </p>
  );
}
