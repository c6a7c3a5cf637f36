/**
 * File-system side of ingest: reads data/stories/<id>/story.json and its
 * source texts, and the generated files under public/data/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildDataFiles,
  ingestStory,
  type DataFiles,
  type StorySource,
} from "../../src/core/ingest/ingest-story.ts";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
export const SOURCES_DIR = join(ROOT, "data/stories");
export const OUTPUT_DIR = join(ROOT, "public/data");

/** Ingests every story folder under data/stories, in folder-name order. */
export function buildDataFilesFromSources(sourcesDir = SOURCES_DIR): DataFiles {
  const ids = readdirSync(sourcesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const stories = ids.map((id) => {
    const folder = join(sourcesDir, id);
    const description = JSON.parse(readFileSync(join(folder, "story.json"), "utf8")) as Omit<
      StorySource,
      "id"
    >;
    const themesFile = join(folder, "themes.json");
    const themes = existsSync(themesFile)
      ? (JSON.parse(readFileSync(themesFile, "utf8")) as { themes: StorySource["themes"] }).themes
      : undefined;
    return ingestStory({ ...description, id, ...(themes ? { themes } : {}) }, (file) =>
      readFileSync(join(folder, file), "utf8"),
    );
  });
  return buildDataFiles(stories);
}

/** Reads the generated files that are on disk now, keyed like `buildDataFiles` output. */
export function readGeneratedFiles(outputDir = OUTPUT_DIR): DataFiles {
  const files: DataFiles = new Map();
  const indexPath = join(outputDir, "index.json");
  if (existsSync(indexPath)) files.set("index.json", readFileSync(indexPath, "utf8"));
  const storiesDir = join(outputDir, "stories");
  if (existsSync(storiesDir)) {
    for (const name of readdirSync(storiesDir).sort()) {
      files.set(`stories/${name}`, readFileSync(join(storiesDir, name), "utf8"));
    }
  }
  return files;
}
