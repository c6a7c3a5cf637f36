import type { Story } from "@/core/story-format.ts";

/**
 * Whether a story has at least `enough` words (runs of characters other
 * than ASCII spaces and control characters), counted only until there are
 * that many: a story of hundreds of versions is megabytes of text, and
 * splitting it all into words held the page for ~12 ms as its comparison
 * started.
 */
export function hasWords(story: Story, enough: number): boolean {
  let words = 0;
  for (const version of story.versions)
    for (const block of version.blocks) {
      const text = block.text;
      let inWord = false;
      for (let i = 0; i < text.length; i += 1) {
        const space = text.charCodeAt(i) <= 32;
        if (!space && !inWord) words += 1;
        inWord = !space;
      }
      if (words >= enough) return true;
    }
  return false;
}
