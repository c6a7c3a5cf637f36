/**
 * An engine result packed into typed arrays for the trip from the worker to
 * the page. At 200 versions a comparison has ~18,000 passages, each listing
 * the up to 199 versions that share it: ~800,000 strings, which the page
 * took ~100 ms to receive as objects (a structured clone of every one, in a
 * single task) and its garbage collector as long again to move. Packed, the
 * passages cross as a few blocks of flat memory, each distinct list of
 * sharing versions once (passages of one version in one group share theirs),
 * and unpacking builds one list per distinct list, not per passage.
 */
import type { Comparison, Passage, PassageKind, VersionInput } from "./types.ts";

const KINDS: readonly PassageKind[] = ["verbatim", "paraphrase", "unique"];

/**
 * Lists of strings, each distinct list once: list `l` is
 * `values[items[first[l]]] … values[items[first[l + 1] - 1]]`; `of[i]` is the
 * list of entry `i`.
 */
export type PackedLists = {
  values: string[];
  of: Uint32Array;
  /** One more entry than there are distinct lists. */
  first: Uint32Array;
  items: Uint32Array;
};

/** A comparison with its passages as flat arrays (everything else as it was). */
export type PackedComparison = {
  packed: "comparison";
  versions: VersionInput[];
  groups: Comparison["groups"];
  corrections?: Comparison["corrections"];
  /** Index into `versions`. */
  passageVersion: Uint32Array;
  passageStart: Uint32Array;
  passageEnd: Uint32Array;
  /** Index into verbatim, paraphrase, unique. */
  passageKind: Uint8Array;
  /** The group's id, or -1 for none. */
  passageGroup: Int32Array;
  passageScore: Float64Array;
  /** Each passage's sharing versions (`values` are version ids). */
  sharedWith: PackedLists;
};

/** Packs a comparison (without suggestions, which are packed on their own) for sending. */
export function packComparison(comparison: Omit<Comparison, "suggestions">): PackedComparison {
  const { passages, versions } = comparison;
  const count = passages.length;
  const index = new Map(versions.map((version, i) => [version.id, i]));
  const packed: PackedComparison = {
    packed: "comparison",
    versions: comparison.versions,
    groups: comparison.groups,
    passageVersion: new Uint32Array(count),
    passageStart: new Uint32Array(count),
    passageEnd: new Uint32Array(count),
    passageKind: new Uint8Array(count),
    passageGroup: new Int32Array(count),
    passageScore: new Float64Array(count),
    sharedWith: packLists(
      passages.map((passage) => passage.sharedWith),
      versions.map((version) => version.id),
    ),
  };
  if (comparison.corrections) packed.corrections = comparison.corrections;
  passages.forEach((passage, i) => {
    packed.passageVersion[i] = index.get(passage.version)!;
    packed.passageStart[i] = passage.start;
    packed.passageEnd[i] = passage.end;
    packed.passageKind[i] = KINDS.indexOf(passage.kind);
    packed.passageGroup[i] = passage.group ?? -1;
    packed.passageScore[i] = passage.score;
  });
  return packed;
}

/**
 * The comparison back as objects, equal to the one packed. Passages with the
 * same sharing versions share one array (read it, never change it).
 */
export function unpackComparison(packed: PackedComparison): Comparison {
  const ids = packed.versions.map((version) => version.id);
  const sharedWith = unpackLists(packed.sharedWith);
  const passages: Passage[] = new Array<Passage>(packed.passageStart.length);
  for (let i = 0; i < passages.length; i += 1) {
    const group = packed.passageGroup[i]!;
    passages[i] = {
      version: ids[packed.passageVersion[i]!]!,
      start: packed.passageStart[i]!,
      end: packed.passageEnd[i]!,
      kind: KINDS[packed.passageKind[i]!]!,
      sharedWith: sharedWith[i]!,
      group: group < 0 ? null : group,
      score: packed.passageScore[i]!,
    };
  }
  const comparison: Comparison = { versions: packed.versions, passages, groups: packed.groups };
  if (packed.corrections) comparison.corrections = packed.corrections;
  return comparison;
}

/** Whether a comparison arrived packed (a worker sends it so) or as objects. */
export function isPackedComparison(
  comparison: Comparison | PackedComparison,
): comparison is PackedComparison {
  return "packed" in comparison && comparison.packed === "comparison";
}

/**
 * Lists of strings (a passage's sharing versions, its theme ids) packed, each
 * distinct list once. `values` are the strings the lists may hold, in the
 * order to number them (more are added as met).
 */
export function packLists(lists: readonly (readonly string[])[], values: readonly string[] = []) {
  const numbers = new Map(values.map((value, i) => [value, i]));
  const known = [...values];
  const numberOf = (value: string) => {
    let n = numbers.get(value);
    if (n === undefined) {
      n = known.length;
      known.push(value);
      numbers.set(value, n);
    }
    return n;
  };
  const distinct = new Map<string, number>();
  const of = new Uint32Array(lists.length);
  const first: number[] = [0];
  const items: number[] = [];
  lists.forEach((list, i) => {
    const key = list.join("\u0000");
    let l = distinct.get(key);
    if (l === undefined) {
      l = first.length - 1;
      distinct.set(key, l);
      for (const value of list) items.push(numberOf(value));
      first.push(items.length);
    }
    of[i] = l;
  });
  return {
    values: known,
    of,
    first: Uint32Array.from(first),
    items: Uint32Array.from(items),
  } satisfies PackedLists;
}

/** The lists back, one array per distinct list, shared by the entries that hold it. */
export function unpackLists(packed: PackedLists): string[][] {
  const distinct: string[][] = [];
  for (let l = 0; l + 1 < packed.first.length; l += 1) {
    const list: string[] = [];
    for (let k = packed.first[l]!; k < packed.first[l + 1]!; k += 1)
      list.push(packed.values[packed.items[k]!]!);
    distinct.push(list);
  }
  return Array.from(packed.of, (l) => distinct[l]!);
}

/** The buffers of a packed comparison, to transfer rather than copy (the sender keeps none). */
export function comparisonBuffers(packed: PackedComparison): ArrayBuffer[] {
  return [
    packed.passageVersion,
    packed.passageStart,
    packed.passageEnd,
    packed.passageKind,
    packed.passageGroup,
    packed.passageScore,
    packed.sharedWith.of,
    packed.sharedWith.first,
    packed.sharedWith.items,
  ].map((array) => array.buffer as ArrayBuffer);
}
