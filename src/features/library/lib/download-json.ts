import { toJsonFile } from "@/core/ingest/ingest-story.ts";
import { formatVersionFor, type Story } from "@/core/story-format.ts";
import { downloadText } from "@/lib/download-file.ts";
import { getCorrections } from "@/lib/reader-corrections.ts";
import { getOwnThemes } from "@/lib/reader-themes.ts";

/**
 * Saves a story as `<id>.json` in the documented format, with the reader's
 * corrections and own themes when there are any, and written as the oldest
 * format version that holds it (see formatVersionFor), so older releases
 * read what they can.
 */
export async function downloadStory(story: Story): Promise<void> {
  const { corrections: _, formatVersion: __, readerThemes: fileThemes, ...texts } = story;
  const corrections = await getCorrections(story.id).catch(() => []);
  // The stored list wins once the reader has changed it; until then, the file's own.
  const readerThemes = (await getOwnThemes(story.id).catch(() => null)) ?? fileThemes ?? [];
  const withThemes = readerThemes.length > 0 ? { ...texts, readerThemes } : texts;
  const full = corrections.length > 0 ? { ...withThemes, corrections } : withThemes;
  const formatVersion = formatVersionFor(full);
  const file = formatVersion === 1 ? full : { formatVersion, ...full };
  downloadText(`${story.id}.json`, toJsonFile(file), "application/json");
}
