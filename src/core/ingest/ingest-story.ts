/**
 * Ingest, end to end and pure: a story's source texts and its small
 * description → the story file and index the reader loads. scripts/ingest.ts
 * does the file reading and writing around it.
 */
import { parseStory, type Story, type StoryIndex, type Theme } from "../story-format.ts";
import { cleanLines } from "./clean-lines.ts";
import { parseBlocks } from "./parse-blocks.ts";
import { originOf, type VersionOrigin } from "./story-from-texts.ts";

/** The hand-written description of a story beside its source texts (story.json). */
export type StorySource = {
  /** Folder name; becomes the story id. */
  id: string;
  title: string;
  versions: {
    id: string;
    /** A neutral label such as "Version A"; never an invented outlet. */
    label: string;
    /** File name of the source text. */
    source: string;
    /** Where it came from, when known (story.json may say): overrides what the text says. */
    origin?: VersionOrigin;
  }[];
  /** Curated themes (themes.json beside story.json), if any. */
  themes?: Theme[];
};

/** Output file path (relative to public/data/) → file contents. */
export type DataFiles = Map<string, string>;

/** Turns one story's source texts into a validated story. Throws on empty or invalid input. */
export function ingestStory(source: StorySource, readText: (file: string) => string): Story {
  const story = {
    id: source.id,
    title: source.title,
    versions: source.versions.map((version) => {
      const text = readText(version.source);
      const blocks = parseBlocks(cleanLines(text));
      if (blocks.length === 0) {
        throw new Error(`${source.id}/${version.source} has no text left after cleaning`);
      }
      // Byline, outlet and time as the text states them, as for a reader's import.
      const origin = originOf({ text, metadata: version.origin ?? {} });
      return { id: version.id, label: version.label, blocks, ...origin };
    }),
    ...(source.themes ? { themes: source.themes } : {}),
  };
  const parsed = parseStory(story);
  if (!parsed.ok) throw new Error(`${source.id}: ${parsed.problems.join("; ")}`);
  return parsed.value;
}

/** Builds every data file: one per story and the index, listing stories in the given order. */
export function buildDataFiles(stories: readonly Story[]): DataFiles {
  const files: DataFiles = new Map();
  const index: StoryIndex = { stories: [] };
  for (const story of stories) {
    const path = `stories/${story.id}.json`;
    files.set(path, toJsonFile(story));
    index.stories.push({ id: story.id, title: story.title, path });
  }
  files.set("index.json", toJsonFile(index));
  return files;
}

/** The one way data files are serialised, so a rebuild is byte-identical. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
