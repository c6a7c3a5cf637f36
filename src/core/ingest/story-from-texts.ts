/**
 * A story from texts a reader brought (pasted or from files): each text is
 * cleaned and cut into blocks by the same rules as bundled stories, its
 * byline, source, dateline and time read from it where it states them, checked
 * against the limits, and given an id. Errors name the version and the problem;
 * what cleaning removed can be reported alongside, so nothing goes silently.
 */
import { runSteps, runStepsWithPauses, type Steps } from "../steps.ts";
import { cleanLinesWithReport, type RemovedLine } from "./clean-lines.ts";
import { parseBlocks } from "./parse-blocks.ts";
import { detectVersionMetadata } from "./detect-metadata.ts";
import { parseStory, type Story, type Version } from "../story-format.ts";
import { countWords } from "../text/count-words.ts";
import { charCountProblem, MAX_VERSIONS, MAX_WORDS_PER_VERSION } from "../limits.ts";

// Kept apart so the page can name a story without loading the ingest rules.
export { storyIdFor } from "../story-id.ts";

// The limits live in one place for every way in (paste, files, story files).
export { MAX_VERSIONS, MAX_WORDS_PER_VERSION } from "../limits.ts";

export type VersionDraft = {
  label: string;
  text: string;
  /** Lines (as cleaned) to keep although they look like page furniture: the reader's choice. */
  keep?: readonly string[];
  /** Where it came from, as the reader gave it; overrides what is read from the text. */
  metadata?: VersionOrigin;
};

/** A version's optional metadata (format 3): outlet, byline, dateline, time, address. */
export type VersionOrigin = Pick<Version, "source" | "byline" | "dateline" | "published" | "url">;

/** The lines cleaning removed from one version (kept outside the story, which holds only text). */
export type VersionRemovals = { id: string; label: string; removed: RemovedLine[] };

/**
 * The story or the problems; with `reportRemoved`, also every version's
 * removed lines, in version order, whether or not the story was built.
 */
export type StoryResult = ({ ok: true; story: Story } | { ok: false; problems: string[] }) & {
  removed?: VersionRemovals[];
};

export type StoryOptions = { reportRemoved?: boolean };

/**
 * Builds and validates a story; `id` must be URL-safe and unique among the
 * reader's stories. Labels are made unique ("story", "story (2)") so
 * versions can be told apart; a version that cleaning left empty says why.
 */
export function storyFromTexts(
  id: string,
  title: string,
  drafts: readonly VersionDraft[],
  options: StoryOptions = {},
): StoryResult {
  return runSteps(buildStorySteps(id, title, drafts, options));
}

/**
 * storyFromTexts in steps, one version each: `pause` runs between them (a
 * page yields to its input there), so two hundred texts never hold the
 * page at once. Same result as storyFromTexts.
 */
export async function storyFromTextsInSteps(
  id: string,
  title: string,
  drafts: readonly VersionDraft[],
  pause: () => Promise<void>,
  options: StoryOptions = {},
): Promise<StoryResult> {
  // Never cancelled, so always a story (or its problems).
  return (await runStepsWithPauses(buildStorySteps(id, title, drafts, options), pause))!;
}

// The work of storyFromTexts, yielding after each version is built.
function* buildStorySteps(
  id: string,
  title: string,
  drafts: readonly VersionDraft[],
  { reportRemoved = false }: StoryOptions,
): Steps<StoryResult> {
  const problems: string[] = [];
  if (drafts.length < 2) problems.push("A comparison needs at least two versions.");
  if (drafts.length > MAX_VERSIONS)
    problems.push(
      `A comparison can hold at most ${MAX_VERSIONS} versions; this one has ${drafts.length}.`,
    );
  const labels = uniqueLabels(drafts.map((draft, i) => draft.label.trim() || `Version ${i + 1}`));
  const removals: VersionRemovals[] = [];
  const versions: Version[] = [];
  for (const [i, draft] of drafts.entries()) {
    const built = versionFromDraft(draft, `v${i + 1}`, labels[i]!);
    removals.push({ id: built.version.id, label: built.version.label, removed: built.removed });
    for (const problem of built.problems) problems.push(problem);
    versions.push(built.version);
    yield;
  }
  const report = reportRemoved ? { removed: removals } : {};
  if (problems.length > 0) return { ok: false, problems, ...report };
  const parsed = parseStory({ id, title: title.trim() || "Untitled comparison", versions });
  return parsed.ok
    ? { ok: true, story: parsed.value, ...report }
    : { ok: false, problems: parsed.problems, ...report };
}

/**
 * One version from a reader's text, cleaned and cut into blocks, with its
 * origin read from it: the version, what cleaning removed, and the problems
 * that keep it out of a story (empty, too long), each naming the label.
 */
export function versionFromDraft(
  draft: VersionDraft,
  id: string,
  label: string,
): { version: Version; removed: RemovedLine[]; problems: string[] } {
  const problems: string[] = [];
  const cleaned = cleanLinesWithReport(draft.text, { keep: new Set(draft.keep ?? []) });
  const blocks = parseBlocks(cleaned.lines);
  if (blocks.length === 0) problems.push(describeEmpty(label, cleaned.removed));
  const chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const tooManyChars = charCountProblem(chars);
  if (tooManyChars) problems.push(`${label} has ${tooManyChars}.`);
  const words = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  if (words > MAX_WORDS_PER_VERSION) {
    problems.push(
      `${label} has ${words.toLocaleString("en")} words; the limit is ${MAX_WORDS_PER_VERSION.toLocaleString("en")}.`,
    );
  }
  return { version: { id, label, blocks, ...originOf(draft) }, removed: cleaned.removed, problems };
}

/**
 * What the text says about where it came from (byline, source, dateline,
 * time: detect-metadata.ts), with the reader's own values over it; empty
 * values are left out so the story file stays minimal.
 */
export function originOf(draft: Pick<VersionDraft, "text" | "metadata">): VersionOrigin {
  const merged: VersionOrigin = { ...detectVersionMetadata(draft.text), ...draft.metadata };
  const origin: VersionOrigin = {};
  for (const field of ["source", "byline", "dateline", "published", "url"] as const) {
    const value = merged[field]?.trim();
    if (value) origin[field] = value;
  }
  return origin;
}

/** Gives repeated labels a suffix, "story" then "story (2)", never clashing with another label. */
export function uniqueLabels(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  const given = new Set(labels);
  return labels.map((label) => {
    let unique = label;
    for (let n = 2; taken.has(unique); n += 1) {
      unique = `${label} (${n})`;
      if (given.has(unique)) unique = label;
    }
    taken.add(unique);
    return unique;
  });
}

// "B is empty." or, when cleaning emptied it, "B is empty after removing 3
// lines of page furniture." (a reader who pasted text must learn where it went).
function describeEmpty(label: string, removed: readonly RemovedLine[]): string {
  if (removed.length === 0) return `${label} is empty.`;
  const count = (reason: RemovedLine["reason"], what: string) => {
    const n = removed.filter((line) => line.reason === reason).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? "line" : "lines"} of ${what}`];
  };
  const parts = [
    ...count("furniture", "page furniture"),
    ...count("control-characters", "invisible or control characters"),
    ...count("separator", "separators"),
    ...count("wire-slug", "wire slugs and sign-offs"),
    ...count("byline", "bylines"),
  ];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `${label} is empty after removing ${list}.`;
}
