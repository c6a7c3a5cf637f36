import { toJsonFile } from "@/core/ingest/ingest-story.ts";
import { STORY_FORMAT_VERSION, type Story } from "@/core/story-format.ts";
import { downloadText } from "@/lib/download-file.ts";
import { getCorrections } from "@/lib/reader-corrections.ts";

/**
 * Saves a story as `<id>.json` in the documented format, with the reader's
 * corrections when there are any (format version 2; without them the file
 * is exactly as version 1 wrote it).
 */
export async function downloadStory(story: Story): Promise<void> {
  const { corrections: _, formatVersion: __, ...texts } = story;
  const corrections = await getCorrections(story.id).catch(() => []);
  const file =
    corrections.length > 0 ? { formatVersion: STORY_FORMAT_VERSION, ...texts, corrections } : texts;
  downloadText(`${story.id}.json`, toJsonFile(file), "application/json");
}
