/**
 * The limits every way into a comparison obeys: pasted text, text files and
 * story files alike, so no path can build a comparison the others would
 * refuse. They keep a comparison within what the engine compares in
 * reasonable time and memory (a 200-version story's result is 3–10 MB;
 * 10,000 versions would need ~750 MB). docs/data-format.md states them.
 */
import { countWordsInBlocks } from "./text/count-words.ts";

/** A comparison needs at least this many versions. */
export const MIN_VERSIONS = 2;
/** At most this many versions in one comparison. */
export const MAX_VERSIONS = 200;
/** At most this many words in one version. */
export const MAX_WORDS_PER_VERSION = 200_000;
/**
 * At most this many characters in one version: 200,000 words of 10
 * characters. Words alone do not bound a text: 3,000,000 characters without
 * a space are one "word", and no article (issue 16).
 */
export const MAX_CHARS_PER_VERSION = 2_000_000;
/** Largest file accepted: 5 MB (several novels' worth of text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const count = (n: number) => n.toLocaleString("en");

/** Why `versions` versions cannot make one comparison, or null when they can. */
export function versionCountProblem(versions: number): string | null {
  if (versions < MIN_VERSIONS)
    return `a comparison needs at least ${MIN_VERSIONS} versions; this one has ${versions}`;
  if (versions > MAX_VERSIONS)
    return `a comparison holds at most ${count(MAX_VERSIONS)} versions; this one has ${count(versions)}`;
  return null;
}

/** Why a text of `words` words cannot be a version, or null when it can. */
export function wordCountProblem(words: number): string | null {
  return words > MAX_WORDS_PER_VERSION
    ? `${count(words)} words; the limit is ${count(MAX_WORDS_PER_VERSION)} words per version`
    : null;
}

/** Why a text of `chars` characters cannot be a version, or null when it can. */
export function charCountProblem(chars: number): string | null {
  return chars > MAX_CHARS_PER_VERSION
    ? `${count(chars)} characters; the limit is ${count(MAX_CHARS_PER_VERSION)} characters per version`
    : null;
}

/** Why a file of `bytes` bytes is refused, or null when it is small enough. */
export function fileSizeProblem(bytes: number): string | null {
  return bytes > MAX_FILE_BYTES
    ? `${(bytes / 2 ** 20).toFixed(1)} MB; the limit is 5 MB per file`
    : null;
}

type VersionLike = { label: string; blocks: readonly { text: string }[] };

/**
 * Every way a story's versions break the limits, naming the version by its
 * place in the file and its label; empty when the story can be compared.
 * Used for story files a reader brings, which must obey what pasted text does.
 */
export function storyLimitProblems(versions: readonly VersionLike[]): string[] {
  const problems: string[] = [];
  const countProblem = versionCountProblem(versions.length);
  if (countProblem) problems.push(countProblem);
  versions.forEach((version, i) => {
    const chars = version.blocks.reduce((sum, block) => sum + block.text.length, 0);
    // Characters first: counting the words of a text far too long would itself take a while.
    const problem = charCountProblem(chars) ?? wordCountProblem(countWordsInBlocks(version.blocks));
    if (problem) problems.push(`versions[${i}] (“${version.label}”) has ${problem}`);
  });
  return problems;
}
