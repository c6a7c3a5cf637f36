import type { Story } from "@/core/story-format.ts";
import { toJsonFile } from "@/core/ingest/ingest-story.ts";

/** Saves a story as `<id>.json` in the documented format, through the browser's download. */
export function downloadStory(story: Story): void {
  const blob = new Blob([toJsonFile(story)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `${story.id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
