import { toJsonFile } from "@/core/ingest/ingest-story.ts";
import { formatVersionFor, type Story } from "@/core/story-format.ts";
import { downloadText } from "@/lib/download-file.ts";
import { getCorrections } from "@/lib/reader-corrections.ts";

/**
 * Saves a story as `<id>.json` in the documented format, with the reader's
 * corrections when there are any, and written as the oldest format version
 * that holds it (see formatVersionFor), so older releases read what they can.
 */
export async function downloadStory(story: Story): Promise<void> {
  const { corrections: _, formatVersion: __, ...texts } = story;
  const corrections = await getCorrections(story.id).catch(() => []);
  const full = corrections.length > 0 ? { ...texts, corrections } : texts;
  const formatVersion = formatVersionFor(full);
  const file = formatVersion === 1 ? full : { formatVersion, ...full };
  downloadText(`${story.id}.json`, toJsonFile(file), "application/json");
}
