/**
 * A story from texts a reader brought (pasted or from files): each text is
 * cleaned and cut into blocks by the same rules as bundled stories, checked
 * against the limits, and given an id. Errors name the version and the problem.
 */
import { cleanLines } from "./clean-lines.ts";
import { parseBlocks } from "./parse-blocks.ts";
import { parseStory, type Story } from "../story-format.ts";
import { countWords } from "../text/count-words.ts";

/** At most this many versions in one comparison. */
export const MAX_VERSIONS = 200;
/** At most this many words in one version. */
export const MAX_WORDS_PER_VERSION = 200_000;

export type VersionDraft = { label: string; text: string };

export type StoryResult = { ok: true; story: Story } | { ok: false; problems: string[] };

/** Builds and validates a story; `id` must be URL-safe and unique among the reader's stories. */
export function storyFromTexts(
  id: string,
  title: string,
  drafts: readonly VersionDraft[],
): StoryResult {
  const problems: string[] = [];
  if (drafts.length < 2) problems.push("A comparison needs at least two versions.");
  if (drafts.length > MAX_VERSIONS)
    problems.push(
      `A comparison can hold at most ${MAX_VERSIONS} versions; this one has ${drafts.length}.`,
    );
  const versions = drafts.map((draft, i) => {
    const label = draft.label.trim() || `Version ${i + 1}`;
    const blocks = parseBlocks(cleanLines(draft.text));
    if (blocks.length === 0) problems.push(`${label} is empty.`);
    const words = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
    if (words > MAX_WORDS_PER_VERSION) {
      problems.push(
        `${label} has ${words.toLocaleString("en")} words; the limit is ${MAX_WORDS_PER_VERSION.toLocaleString("en")}.`,
      );
    }
    return { id: `v${i + 1}`, label, blocks };
  });
  if (problems.length > 0) return { ok: false, problems };
  const parsed = parseStory({ id, title: title.trim() || "Untitled comparison", versions });
  return parsed.ok ? { ok: true, story: parsed.value } : { ok: false, problems: parsed.problems };
}

/** A URL-safe id from a title, unique against `taken`: "my-council-vote", "my-council-vote-2". */
export function storyIdFor(title: string, taken: ReadonlySet<string>): string {
  const base = `my-${
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "comparison"
  }`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
