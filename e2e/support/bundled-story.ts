import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The bundled story as the app receives it, read from the committed data files. */
export const BUNDLED_INDEX = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../public/data/index.json", import.meta.url)), "utf8"),
) as { stories: { id: string; title: string; path: string }[] };

const entry = BUNDLED_INDEX.stories[0]!;

export const BUNDLED_STORY = JSON.parse(
  readFileSync(fileURLToPath(new URL(`../../public/data/${entry.path}`, import.meta.url)), "utf8"),
) as {
  id: string;
  title: string;
  versions: { id: string; label: string; blocks: { kind: string; text: string }[] }[];
};

/** URL pattern of the bundled story's file, for tests that replace it. */
export const BUNDLED_STORY_URL = `**/data/${entry.path}`;
export const BUNDLED_STORY_FILE = `data/${entry.path}`;

/** Words as the core counts them (its rule is unit-tested in src/core/text). */
export { countWordsInBlocks as countWords } from "../../src/core/text/count-words.ts";
