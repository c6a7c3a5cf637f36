import { toJsonFile } from "@/core/ingest/ingest-story.ts";
import type { Story } from "@/core/story-format.ts";
import { downloadText } from "@/lib/download-file.ts";

/** Saves a story as `<id>.json` in the documented format. */
export function downloadStory(story: Story): void {
  downloadText(`${story.id}.json`, toJsonFile(story), "application/json");
}
