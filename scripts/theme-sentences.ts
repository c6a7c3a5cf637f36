/**
 * Prints a story's sentences, one per line, with their version and UTF-16
 * offsets in the version's engine text: the units a person labels by theme
 * when making data/gold/<story>.theme-labels.json.
 *
 *   npx tsx scripts/theme-sentences.ts <story-id>
 */
import { loadLabelledStoryVersions, storySentences } from "./lib/theme-labels.ts";

const storyId = process.argv[2];
if (!storyId) {
  console.error("usage: npx tsx scripts/theme-sentences.ts <story-id>");
  process.exit(1);
}
storySentences(loadLabelledStoryVersions(storyId)).forEach((sentence, index) => {
  console.log(
    `${index}\t${sentence.version}\t${sentence.start}\t${sentence.end}\t${sentence.text}`,
  );
});
