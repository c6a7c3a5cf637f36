import type { ViewPassage } from "@/features/comparison/lib/comparison-view.ts";

/**
 * The passage of a group that tells its claim most fully (the longest): the
 * best example of the claim, since a group may hold clause fragments.
 */
export function fullestTelling(passages: readonly ViewPassage[]): ViewPassage {
  return passages.reduce((best, p) => (p.text.trim().length > best.text.trim().length ? p : best));
}

/** `text` cut to `length` characters, with an ellipsis when cut. */
export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
