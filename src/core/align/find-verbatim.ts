/**
 * The verbatim layer: runs of about five or more words that two or more
 * versions share nearly word for word, wherever they sit in each text.
 * Every window of SHINGLE consecutive words (compared by stem, so case,
 * punctuation, quote style and inflection don't matter) goes into one hash
 * index over all versions; a window found in two versions marks its words
 * shared. Work grows linearly with the total number of words (plus the
 * size of the answer: who shares each run).
 */
import type { Token } from "../text/tokenize.ts";
import { UnionFind } from "./union-find.ts";

/** Words per window: runs shorter than this are not verbatim sharing. */
export const SHINGLE = 5;
/** A window must carry at least this many content words ("one of the most" does not count). */
const MIN_CONTENT_IN_WINDOW = 2;
/** Unshared words between two runs shared with a common version are bridged (a small edit). */
const MAX_GAP = 2;

/** A run of one version's tokens shared verbatim with other versions. */
export type VerbatimRun = {
  version: number;
  /** Token range [startToken, endToken) in that version's token list. */
  startToken: number;
  endToken: number;
  /** Indexes of the other versions sharing it, ascending. */
  sharedWith: number[];
  /** Runs with the same component share words, directly or through each other. */
  component: number;
};

type Window = { version: number; start: number; key: number };

/** Finds verbatim runs across all versions at once. `tokens[v]` are version v's tokens in order. */
export function findVerbatim(tokens: readonly (readonly Token[])[]): VerbatimRun[] {
  const { windows, keyVersions } = sharedWindows(tokens);
  const runs = coverRuns(tokens, windows, keyVersions);
  return runs;
}

// Hash index over all windows; keeps windows whose words occur in 2+ versions.
function sharedWindows(tokens: readonly (readonly Token[])[]) {
  const keyIds = new Map<string, number>();
  const all: Window[] = [];
  tokens.forEach((list, version) => {
    let content = 0;
    for (let i = 0; i < list.length; i += 1) {
      if (!list[i]!.stop) content += 1;
      if (i >= SHINGLE && !list[i - SHINGLE]!.stop) content -= 1;
      if (i < SHINGLE - 1 || content < MIN_CONTENT_IN_WINDOW) continue;
      const start = i - SHINGLE + 1;
      let text = list[start]!.stem;
      for (let k = start + 1; k <= i; k += 1) text += ` ${list[k]!.stem}`;
      let key = keyIds.get(text);
      if (key === undefined) keyIds.set(text, (key = keyIds.size));
      all.push({ version, start, key });
    }
  });
  const keyVersions: number[][] = Array.from({ length: keyIds.size }, () => []);
  for (const window of all) {
    const versions = keyVersions[window.key]!;
    if (versions[versions.length - 1] !== window.version) versions.push(window.version);
  }
  return { windows: all.filter((window) => keyVersions[window.key]!.length > 1), keyVersions };
}

function coverRuns(
  tokens: readonly (readonly Token[])[],
  windows: readonly Window[],
  keyVersions: readonly number[][],
): VerbatimRun[] {
  // Per version: which keys start at each token, which tokens are covered,
  // and which tokens are joined to the one before by a common window (a
  // run ends where no window spans the boundary).
  const covered = tokens.map((list) => new Uint8Array(list.length));
  const joined = tokens.map((list) => new Uint8Array(list.length));
  const startsAt = tokens.map(() => new Map<number, number[]>());
  for (const window of windows) {
    covered[window.version]!.fill(1, window.start, window.start + SHINGLE);
    joined[window.version]!.fill(1, window.start + 1, window.start + SHINGLE);
    const here = startsAt[window.version]!.get(window.start);
    if (here) here.push(window.key);
    else startsAt[window.version]!.set(window.start, [window.key]);
  }
  const runs: (Omit<VerbatimRun, "component"> & { keys: number[] })[] = [];
  covered.forEach((flags, version) => {
    let t = 0;
    while (t < flags.length) {
      if (!flags[t]) {
        t += 1;
        continue;
      }
      const start = t;
      const keys: number[] = [];
      do {
        keys.push(...(startsAt[version]!.get(t) ?? []));
        t += 1;
      } while (t < flags.length && flags[t] && joined[version]![t]);
      const shared = new Set<number>();
      for (const key of keys)
        for (const other of keyVersions[key]!) if (other !== version) shared.add(other);
      const previous = runs[runs.length - 1];
      const bridge =
        previous?.version === version &&
        start - previous.endToken <= MAX_GAP &&
        previous.sharedWith.some((other) => shared.has(other));
      if (previous && bridge) {
        previous.endToken = t;
        previous.keys.push(...keys);
        previous.sharedWith = [...new Set([...previous.sharedWith, ...shared])].sort(
          (a, b) => a - b,
        );
      } else {
        runs.push({
          version,
          startToken: start,
          endToken: t,
          keys,
          sharedWith: [...shared].sort((a, b) => a - b),
        });
      }
    }
  });
  // Runs holding the same window belong together.
  const sets = new UnionFind(runs.length);
  const firstRunOfKey = new Map<number, number>();
  runs.forEach((run, index) => {
    for (const key of run.keys) {
      const first = firstRunOfKey.get(key);
      if (first === undefined) firstRunOfKey.set(key, index);
      else sets.union(first, index);
    }
  });
  return runs.map(({ keys: _keys, ...run }, index) => ({ ...run, component: sets.find(index) }));
}
