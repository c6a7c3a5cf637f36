/**
 * The verbatim layer: runs of about five or more words that two or more
 * versions share nearly word for word, wherever they sit in each text.
 * Every window of SHINGLE consecutive words (compared by stem, so case,
 * punctuation, quote style and inflection don't matter) goes into one hash
 * index over all versions; a window found in two versions marks its words
 * shared. Work grows linearly with the total number of words (plus the
 * size of the answer: who shares each run).
 */
import { hasRealWords } from "../text/real-words.ts";
import type { Token } from "../text/tokenize.ts";
import { UnionFind } from "./union-find.ts";

/** Words per window: runs shorter than this are not verbatim sharing. */
export const SHINGLE = 5;
/** A window must carry at least this many content words ("one of the most" does not count). */
export const MIN_CONTENT_IN_WINDOW = 2;
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

/**
 * Finds verbatim runs across all versions at once. `tokens[v]` are version
 * v's tokens in order. `unitStarts[v]`, if given, are the token indexes
 * where version v's units (clauses) begin: runs never cross them, so
 * sharing is judged clause by clause, and a phrase two texts have in
 * common cannot tie the whole of two near-identical texts to a third.
 */
export function findVerbatim(
  tokens: readonly (readonly Token[])[],
  unitStarts?: readonly (readonly number[])[],
): VerbatimRun[] {
  const { windows, keyVersions } = sharedWindows(tokens);
  return coverRuns(tokens, windows, keyVersions, unitStarts);
}

/**
 * Drops every group of runs (a component) in which a run lacks real words:
 * "ENDS" and a line of figures shared by two versions are not a shared
 * claim. A component goes whole, so sharing stays symmetric.
 */
export function dropWordlessRuns(
  runs: readonly VerbatimRun[],
  tokens: readonly (readonly Token[])[],
): VerbatimRun[] {
  const wordless = new Set<number>();
  for (const run of runs) {
    if (!hasRealWords(tokens[run.version]!.slice(run.startToken, run.endToken)))
      wordless.add(run.component);
  }
  return wordless.size === 0 ? [...runs] : runs.filter((run) => !wordless.has(run.component));
}

// Hash index over all windows; keeps windows whose words occur in 2+ versions.
// Windows are keyed by their stems' ids (numbered on first sight): a hash of
// the five ids, checked against the window that made the key, so no string
// is built per window. Keys are numbered in order of first appearance.
function sharedWindows(tokens: readonly (readonly Token[])[]) {
  const stemIds = new Map<string, number>();
  const keyStems: number[] = [];
  const keysOfHash = new Map<number, number[]>();
  let keyCount = 0;
  const all: Window[] = [];
  tokens.forEach((list, version) => {
    const ids = Int32Array.from(list, ({ stem }) => {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      return id;
    });
    let content = 0;
    for (let i = 0; i < list.length; i += 1) {
      if (!list[i]!.stop) content += 1;
      if (i >= SHINGLE && !list[i - SHINGLE]!.stop) content -= 1;
      if (i < SHINGLE - 1 || content < MIN_CONTENT_IN_WINDOW) continue;
      const start = i - SHINGLE + 1;
      let hash = 0x811c9dc5;
      for (let k = start; k <= i; k += 1) hash = Math.imul(hash ^ ids[k]!, 0x01000193);
      const candidates = keysOfHash.get(hash);
      let key = candidates?.find((candidate) => sameStems(keyStems, candidate, ids, start)) ?? -1;
      if (key < 0) {
        key = keyCount++;
        for (let k = start; k <= i; k += 1) keyStems.push(ids[k]!);
        if (candidates) candidates.push(key);
        else keysOfHash.set(hash, [key]);
      }
      all.push({ version, start, key });
    }
  });
  const keyVersions: number[][] = Array.from({ length: keyCount }, () => []);
  for (const window of all) {
    const versions = keyVersions[window.key]!;
    if (versions[versions.length - 1] !== window.version) versions.push(window.version);
  }
  return { windows: all.filter((window) => keyVersions[window.key]!.length > 1), keyVersions };
}

// Whether key `key`'s window has the stems of the window at `start`.
function sameStems(keyStems: readonly number[], key: number, ids: Int32Array, start: number) {
  for (let k = 0; k < SHINGLE; k += 1)
    if (keyStems[key * SHINGLE + k] !== ids[start + k]) return false;
  return true;
}

function coverRuns(
  tokens: readonly (readonly Token[])[],
  windows: readonly Window[],
  keyVersions: readonly number[][],
  unitStarts: readonly (readonly number[])[] | undefined,
): VerbatimRun[] {
  // Per version: which key starts at each token, which tokens are covered,
  // and which tokens are joined to the one before by a common window (a
  // run ends where no window spans the boundary, and at a unit's start).
  const covered = tokens.map((list) => new Uint8Array(list.length));
  const joined = tokens.map((list) => new Uint8Array(list.length));
  const keyAt = tokens.map((list) => new Int32Array(list.length).fill(-1));
  for (const window of windows) {
    covered[window.version]!.fill(1, window.start, window.start + SHINGLE);
    joined[window.version]!.fill(1, window.start + 1, window.start + SHINGLE);
    keyAt[window.version]![window.start] = window.key;
  }
  const unitStart = tokens.map((list) => new Uint8Array(list.length));
  unitStarts?.forEach((starts, version) => {
    for (const start of starts)
      if (start < unitStart[version]!.length) unitStart[version]![start] = 1;
  });
  const setOfKey = hashVersionSets(keyVersions);
  const runs: (Omit<VerbatimRun, "component"> & { keys: number[]; stretch: number })[] = [];
  let stretch = 0;
  covered.forEach((flags, version) => {
    const owners = widestSharing(keyAt[version]!, keyVersions, setOfKey);
    let t = 0;
    while (t < flags.length) {
      if (!flags[t]) {
        t += 1;
        continue;
      }
      const start = t;
      do t += 1;
      while (t < flags.length && flags[t] && joined[version]![t] && !unitStart[version]![t]);
      stretch += 1;
      for (const [from, to] of splitWhereSharingChanges(owners, start, t)) {
        const keys: number[] = [];
        for (let k = from; k < to; k += 1)
          if (keyAt[version]![k]! >= 0) keys.push(keyAt[version]![k]!);
        const shared = new Set<number>();
        for (const key of keys)
          for (const other of keyVersions[key]!) if (other !== version) shared.add(other);
        const sharedWith = [...shared].sort((a, b) => a - b);
        const previous = runs[runs.length - 1];
        // A small edit between two stretches shared by the same versions is
        // bridged (not between the pieces of one stretch, which were cut
        // apart on purpose, nor across a unit's start).
        const bridge =
          previous?.version === version &&
          previous.stretch !== stretch &&
          from - previous.endToken <= MAX_GAP &&
          !unitStart[version]!.subarray(previous.endToken, from + 1).includes(1) &&
          previous.sharedWith.join() === sharedWith.join();
        if (previous && bridge) {
          previous.endToken = to;
          for (const key of keys) previous.keys.push(key);
          previous.stretch = stretch;
        } else {
          runs.push({ version, startToken: from, endToken: to, keys, sharedWith, stretch });
        }
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
  return runs.map(({ keys: _keys, stretch: _stretch, ...run }, index) => ({
    ...run,
    component: sets.find(index),
  }));
}

/**
 * An id for each key's set of versions: a hash of its members, so keys
 * shared by the same versions get the same id without building strings.
 * Two different sets colliding would only leave one cut unmade.
 */
function hashVersionSets(keyVersions: readonly number[][]): Int32Array {
  return Int32Array.from(keyVersions, (versions) => {
    let hash = 0x811c9dc5;
    for (const version of versions) hash = Math.imul(hash ^ version, 0x01000193);
    return hash;
  });
}

/**
 * For each token, the set of versions (by id) sharing the widest-shared
 * window over it (tokens no shared window covers are never asked about).
 */
function widestSharing(
  keyAt: Int32Array,
  keyVersions: readonly number[][],
  setOfKey: Int32Array,
): Int32Array {
  const owners = new Int32Array(keyAt.length);
  for (let t = 0; t < keyAt.length; t += 1) {
    let best = -1;
    for (let s = Math.max(0, t - SHINGLE + 1); s <= t; s += 1) {
      const key = keyAt[s]!;
      if (key >= 0 && (best < 0 || keyVersions[key]!.length > keyVersions[best]!.length))
        best = key;
    }
    if (best >= 0) owners[t] = setOfKey[best]!;
  }
  return owners;
}

/**
 * Cuts the covered stretch [start, end) where the versions sharing it
 * change: a phrase a third version also has becomes its own run, apart
 * from the text around it that only two versions share. A cut needs at
 * least SHINGLE words on each side, so with many versions, whose sharing
 * shifts slightly from word to word, stretches stay whole.
 */
function splitWhereSharingChanges(
  owners: Int32Array,
  start: number,
  end: number,
): [number, number][] {
  // Pieces over which the widest sharing stays the same.
  const pieces: [number, number][] = [];
  for (let t = start; t < end; t += 1) {
    const last = pieces[pieces.length - 1];
    if (last && owners[last[0]] === owners[t]) last[1] = t + 1;
    else pieces.push([t, t + 1]);
  }
  const segments: [number, number][] = [];
  for (const piece of pieces) {
    const current = segments[segments.length - 1];
    if (current && (current[1] - current[0] < SHINGLE || piece[1] - piece[0] < SHINGLE))
      current[1] = piece[1];
    else segments.push([...piece]);
  }
  return segments;
}
