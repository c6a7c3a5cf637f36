/** What the URL's reading params point at, resolved against the story and its view. */
import type { Story } from "@/core/story-format.ts";
import {
  passageAt,
  type ComparisonView,
  type ViewPassage,
} from "@/features/comparison/lib/comparison-view.ts";

/**
 * The passage ?sel names; after a recomputation has moved passage
 * boundaries, the passage that now holds its offset.
 */
export function findSelected(view: ComparisonView, sel: string): ViewPassage | null {
  const exact = view.byKey.get(sel);
  if (exact) return exact;
  const at = sel.lastIndexOf(":");
  const offset = Number(sel.slice(at + 1));
  return Number.isInteger(offset) ? passageAt(view, sel.slice(0, at), offset) : null;
}

/** The versions ?v asks for, in its order (unknown ids dropped), or all of them. */
export function visibleVersionIds(story: Story, requested: readonly string[] | null): string[] {
  const known = new Set(story.versions.map((v) => v.id));
  const asked = [...new Set((requested ?? []).filter((id) => known.has(id)))];
  return asked.length > 0 ? asked : story.versions.map((v) => v.id);
}
