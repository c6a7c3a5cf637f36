/**
 * The static JSON the reader loads: an index of stories and one file per
 * story. One schema serves ingest (Node) and the browser, so a file that
 * passes `npm run ingest` is exactly a file the app accepts.
 * docs/data-format.md describes the same format for people.
 */
import * as v from "valibot";

/** Kinds of block a version is made of, in reading order. */
export const BLOCK_KINDS = ["standfirst", "heading", "paragraph", "listItem"] as const;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/** URL-safe id: lowercase letters, digits and inner hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idSchema = v.pipe(
  v.string("must be a string"),
  v.regex(ID_PATTERN, "must be lowercase letters, digits and hyphens (like “peace-talks-2”)"),
);

const nonEmptyText = v.pipe(
  v.string("must be a string"),
  v.check((text) => text.trim().length > 0, "must not be empty"),
);

export const blockSchema = v.object(
  {
    kind: v.picklist(BLOCK_KINDS, `must be one of ${BLOCK_KINDS.join(", ")}`),
    text: nonEmptyText,
  },
  "must be an object with kind and text",
);

/**
 * When a version was published: a date ("2024-03-12") or a date and local
 * time ("2024-03-12T14:07"), as the text or the reader states it; no zone,
 * because wire copy and papers rarely give one.
 */
export const PUBLISHED_PATTERN =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/;

const optionalText = v.optional(
  v.pipe(
    v.string("must be a string"),
    v.trim(),
    v.check((text) => text.length > 0, "must not be empty"),
    v.maxLength(300, "must be at most 300 characters"),
  ),
);

export const versionSchema = v.object(
  {
    id: idSchema,
    label: nonEmptyText,
    blocks: v.array(blockSchema, "must be a list of blocks"),
    /** The outlet or agency that published it: "Wire News", "The Marlow Courier" (format 3). */
    source: optionalText,
    /** Who wrote it, as the byline names them (format 3). */
    byline: optionalText,
    /** Place and date that open the story: "MARLOW, March 12" (format 3). */
    dateline: optionalText,
    /** When it was published; see PUBLISHED_PATTERN (format 3). */
    published: v.optional(
      v.pipe(
        v.string("must be a string"),
        v.regex(PUBLISHED_PATTERN, "must be a date like 2024-03-12 or 2024-03-12T14:07"),
      ),
    ),
    /** Where it was found, an http(s) address; shown as text, never followed automatically (format 3). */
    url: v.optional(
      v.pipe(
        v.string("must be a string"),
        v.regex(/^https?:\/\/\S+$/i, "must be an http or https address"),
        v.maxLength(2000, "must be at most 2000 characters"),
      ),
    ),
  },
  "must be an object with id, label and blocks",
);

export const themeSchema = v.object(
  {
    id: idSchema,
    label: nonEmptyText,
    description: v.optional(v.string("must be a string")),
    /** Words and phrases that signal the theme; related words count too (by meaning). */
    terms: v.pipe(
      v.array(nonEmptyText, "must be a list of words and phrases"),
      v.minLength(1, "must hold at least one term"),
    ),
  },
  "must be an object with id, label and terms",
);

/**
 * The newest story-file format this release writes. Files without
 * `formatVersion` are version 1 (no corrections) and load as they always did;
 * version 2 added corrections, version 3 where each version came from;
 * a file from a newer release is refused with a message saying so.
 */
export const STORY_FORMAT_VERSION = 3;

const offsetSchema = v.pipe(
  v.number("must be a number"),
  v.integer("must be a whole number"),
  v.minValue(0, "must not be negative"),
);

/**
 * One side of a reader's correction: a stretch of a version's text, by
 * UTF-16 offsets into the version as the engine reads it (blocks joined by a
 * blank line), with the text it covered, so a changed text can be noticed.
 */
export const anchoredSpanSchema = v.pipe(
  v.object(
    { version: idSchema, start: offsetSchema, end: offsetSchema, text: nonEmptyText },
    "must be an object with version, start, end and text",
  ),
  v.check((span) => span.end > span.start, "must end after it starts"),
);

/** A reader's judgement that two passages tell the same claim (`link`) or do not (`unlink`). */
export const correctionSchema = v.object(
  {
    id: v.pipe(v.string("must be a string"), v.minLength(1, "must not be empty")),
    kind: v.picklist(["link", "unlink"], "must be link or unlink"),
    a: anchoredSpanSchema,
    b: anchoredSpanSchema,
    /** When it was made (milliseconds since 1970): of two on one pair, the later wins. */
    createdAt: v.pipe(v.number("must be a number"), v.minValue(0, "must not be negative")),
  },
  "must be an object with id, kind, a, b and createdAt",
);

export const storySchema = v.pipe(
  v.object(
    {
      formatVersion: v.optional(
        v.pipe(
          v.number("must be a number"),
          v.integer("must be a whole number"),
          v.minValue(1, "must be 1 or more"),
          v.maxValue(
            STORY_FORMAT_VERSION,
            `is from a newer release of Parallax (this one reads up to ${STORY_FORMAT_VERSION})`,
          ),
        ),
      ),
      id: idSchema,
      title: nonEmptyText,
      versions: v.pipe(
        v.array(versionSchema, "must be a list of versions"),
        v.minLength(1, "must hold at least one version"),
      ),
      themes: v.optional(v.array(themeSchema, "must be a list of themes")),
      /**
       * Themes the reader added (a name and keywords), apart from the curated
       * ones; optional in every format version: an older release ignores them.
       */
      readerThemes: v.optional(v.array(themeSchema, "must be a list of themes")),
      /** The reader's own links and unlinks (format version 2). */
      corrections: v.optional(v.array(correctionSchema, "must be a list of corrections")),
    },
    "must be a JSON object with id, title and versions",
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.versions.forEach((version, index) => {
      if (seen.has(version.id)) {
        addIssue({
          message: `repeats the version id “${version.id}”`,
          path: [
            pathItem(dataset.value, "versions"),
            pathItem(dataset.value.versions, index),
            pathItem(version, "id"),
          ],
        });
      }
      seen.add(version.id);
    });
    dataset.value.corrections?.forEach((correction, index) => {
      const at = (side: "a" | "b"): [v.IssuePathItem, ...v.IssuePathItem[]] => [
        pathItem(dataset.value, "corrections"),
        pathItem(dataset.value.corrections, index),
        pathItem(correction, side),
      ];
      for (const side of ["a", "b"] as const)
        if (!seen.has(correction[side].version))
          addIssue({ message: `names no version of this story`, path: at(side) });
      if (correction.a.version === correction.b.version)
        addIssue({ message: "must be in another version than a", path: at("b") });
    });
  }),
);

export const storyIndexEntrySchema = v.object(
  {
    id: idSchema,
    title: nonEmptyText,
    /** Path of the story file, relative to the index file. */
    path: v.pipe(
      v.string("must be a string"),
      v.regex(/^[\w.-]+(?:\/[\w.-]+)*\.json$/, "must be a relative path to a .json file"),
      v.check((path) => !path.split("/").includes(".."), "must not leave the data folder"),
    ),
  },
  "must be an object with id, title and path",
);

export const storyIndexSchema = v.object(
  {
    stories: v.pipe(
      v.array(storyIndexEntrySchema, "must be a list of stories"),
      v.minLength(1, "must list at least one story"),
    ),
  },
  "must be a JSON object with a stories list",
);

export type Block = v.InferOutput<typeof blockSchema>;
export type Version = v.InferOutput<typeof versionSchema>;
export type Story = v.InferOutput<typeof storySchema>;
export type Theme = v.InferOutput<typeof themeSchema>;
export type AnchoredSpan = v.InferOutput<typeof anchoredSpanSchema>;
export type StoredCorrection = v.InferOutput<typeof correctionSchema>;
export type StoryIndexEntry = v.InferOutput<typeof storyIndexEntrySchema>;
export type StoryIndex = v.InferOutput<typeof storyIndexSchema>;

/** The metadata fields a version may carry (format 3), in the order they are shown. */
export const VERSION_METADATA_FIELDS = [
  "source",
  "byline",
  "published",
  "dateline",
  "url",
] as const;

export type VersionMetadataField = (typeof VERSION_METADATA_FIELDS)[number];

/**
 * The oldest format version that holds everything in `story`, for writing
 * files: a story without corrections or version metadata is written as
 * version 1 (no `formatVersion`), so older releases still read it.
 */
export function formatVersionFor(story: Story): 1 | 2 | 3 {
  if (
    story.versions.some((version) => VERSION_METADATA_FIELDS.some((f) => version[f] !== undefined))
  )
    return 3;
  return (story.corrections?.length ?? 0) > 0 ? 2 : 1;
}

/** What `parseStory` and `parseStoryIndex` return: the value, or readable problems. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Validates an unknown value (e.g. parsed JSON) as a story file. */
export function parseStory(data: unknown): ParseResult<Story> {
  if (!isRecord(data)) return notAnObject("id, title and versions");
  return toResult(v.safeParse(storySchema, data));
}

/** Validates an unknown value as the story index. */
export function parseStoryIndex(data: unknown): ParseResult<StoryIndex> {
  if (!isRecord(data)) return notAnObject("a stories list");
  return toResult(v.safeParse(storyIndexSchema, data));
}

// Valibot's object schema accepts arrays; a story file must be a plain object.
function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}

function notAnObject(holding: string): { ok: false; problems: string[] } {
  return { ok: false, problems: [`the file must be a JSON object with ${holding}`] };
}

function toResult<T>(
  result:
    { success: true; output: T } | { success: false; issues: readonly v.BaseIssue<unknown>[] },
): ParseResult<T> {
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, problems: result.issues.map(describeIssue) };
}

/**
 * Turns a schema issue into a sentence a person can act on, naming the
 * field the way they would find it in the file: `versions[2].blocks is missing`.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatPath(issue.path ?? []);
  const missing = issue.kind === "schema" && issue.input === undefined && path !== "";
  const message = missing ? "is missing" : issue.message;
  return path === "" ? `the file ${message}` : `${path} ${message}`;
}

function formatPath(path: readonly { key: unknown }[]): string {
  let out = "";
  for (const { key } of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

// A path item for issues added by rawCheck; only `key` is read by formatPath.
function pathItem(input: unknown, key: string | number) {
  return { type: "unknown", origin: "value", input, key, value: undefined } as const;
}
