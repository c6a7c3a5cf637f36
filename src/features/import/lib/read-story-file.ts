/**
 * A .json file a reader brought → a story, checked against the format and
 * against the limits pasted text obeys (src/core/limits.ts), or one sentence
 * listing its problems (the first ten), so a reader can fix them in one go.
 */
import { versionCountProblem, storyLimitProblems } from "@/core/limits.ts";
import { parseStory } from "@/core/story-format.ts";
import type { FileReadResult } from "./read-version-file.ts";

/** At most this many problems are named; the rest are counted. */
export const MAX_PROBLEMS_LISTED = 10;

/** Parses and checks a story file's text; `name` names the file in the message. */
export function readStoryJson(name: string, text: string): FileReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, name, problem: `${name} is not valid JSON (${reason}).` };
  }
  const parsed = parseStory(data);
  if (!parsed.ok) {
    // Said first, so a file with 10,000 broken versions still learns the limit.
    const count = rawVersionCount(data);
    const countProblem = count > 0 ? versionCountProblem(count) : null;
    const problems = countProblem ? [countProblem, ...parsed.problems] : parsed.problems;
    return {
      ok: false,
      name,
      problem: `${name} is not a Parallax story: ${listProblems(problems)}.`,
    };
  }
  const overLimits = storyLimitProblems(parsed.value.versions);
  if (overLimits.length > 0)
    return { ok: false, name, problem: `${name} cannot be compared: ${listProblems(overLimits)}.` };
  return { ok: true, kind: "story", name, story: parsed.value };
}

/** "a; b; c", or the first ten and "and 5 more problems". */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_LISTED);
  const rest = problems.length - shown.length;
  return rest > 0
    ? `${shown.join("; ")}; and ${rest} more problem${rest === 1 ? "" : "s"}`
    : shown.join("; ");
}

function rawVersionCount(data: unknown): number {
  if (typeof data !== "object" || data === null || !("versions" in data)) return 0;
  return Array.isArray(data.versions) ? data.versions.length : 0;
}
